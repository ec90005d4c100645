package org.opencounter.orders.position;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.SecuritiesValuation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values a client's holdings at past closes from the settlement's position snapshots (日终持仓快照), each position
 * at its day's close rounded to the cent. Days not yet settled have no snapshot and so no value.
 */
@Component
@Transactional(readOnly = true)
class SnapshotValuation implements SecuritiesValuation {

    private final JdbcClient jdbc;

    SnapshotValuation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LocalDate, BigDecimal> closingValues(long clientId, Collection<LocalDate> days) {
        Map<LocalDate, BigDecimal> values = new HashMap<>();
        jdbc.sql("""
                        select trade_date, sum(round(quantity * close_price, 2)) as value
                        from orders_position_snapshot
                        where client_id = ? and trade_date = any(?) and close_price is not null
                        group by trade_date""")
                .params(clientId, days.stream().map(Date::valueOf).toArray(Date[]::new))
                .query((row, n) -> values.put(row.getDate("trade_date").toLocalDate(), row.getBigDecimal("value")))
                .list();
        return values;
    }

    @Override
    public Optional<LocalDate> firstTrade(long clientId) {
        return jdbc.sql("select min(trade_date) from orders_trade where client_id = ?").param(clientId)
                .query(Date.class).optional().map(Date::toLocalDate);
    }
}
