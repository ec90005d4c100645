package org.opencounter.orders.position;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's holdings valued at the latest prices, for the client 360 page and the statements. */
@Service
@Transactional(readOnly = true)
public class Holdings {

    private final JdbcClient jdbc;

    Holdings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Holding> of(long clientId) {
        return jdbc.sql("""
                        select p.code, s.name, p.quantity, p.quantity - p.frozen - p.bought_today as sellable, p.frozen,
                               p.cost, q.price
                        from orders_position p join market_security s on s.code = p.code
                        left join market_latest_price q on q.code = p.code
                        where p.client_id = ? and p.quantity > 0 order by p.code""")
                .param(clientId)
                .query((row, n) -> new Holding(row.getString("code"), row.getString("name"), row.getLong("quantity"),
                        row.getLong("sellable"), row.getLong("frozen"), row.getBigDecimal("cost"),
                        row.getBigDecimal("price")))
                .list();
    }

    /** The sum of the holdings' market values. */
    public static BigDecimal marketValue(List<Holding> holdings) {
        return holdings.stream().map(Holding::marketValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the holdings' unrealised P&L. */
    public static BigDecimal unrealisedPnl(List<Holding> holdings) {
        return holdings.stream().map(Holding::unrealisedPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
