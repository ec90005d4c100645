package org.opencounter.market;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The latest price of securities, as the feed (or the simulated feed) last moved it. */
@Service
@Transactional(readOnly = true)
public class LatestPrices {

    private final JdbcClient jdbc;

    LatestPrices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Quote> quote(String code) {
        return jdbc.sql("select code, price, prev_close, updated_at, simulated from market_latest_price where code = ?")
                .param(code).query(LatestPrices::quote).optional();
    }

    public List<Quote> quotes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select code, price, prev_close, updated_at, simulated from market_latest_price
                        where code = any(?) order by code""")
                .param(codes.toArray(String[]::new)).query(LatestPrices::quote).list();
    }

    private static Quote quote(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Quote(row.getString("code"), row.getBigDecimal("price"), row.getBigDecimal("prev_close"),
                row.getTimestamp("updated_at").toInstant(), row.getBoolean("simulated"));
    }
}
