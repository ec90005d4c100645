package org.opencounter.market.price;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opencounter.market.DailyBar;
import org.opencounter.market.Quote;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Daily bars and latest prices in PostgreSQL, written in batches. */
@Repository
public class PriceHistory {

    private static final String UPSERT_BAR = """
            insert into market_daily_bar (code, trade_date, open, high, low, close, prev_close, volume, turnover, simulated)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (code, trade_date) do update set open = excluded.open, high = excluded.high,
                low = excluded.low, close = excluded.close, prev_close = excluded.prev_close, volume = excluded.volume,
                turnover = excluded.turnover, simulated = excluded.simulated
            where (market_daily_bar.open, market_daily_bar.high, market_daily_bar.low, market_daily_bar.close,
                   market_daily_bar.prev_close, market_daily_bar.volume, market_daily_bar.turnover,
                   market_daily_bar.simulated)
                  is distinct from (excluded.open, excluded.high, excluded.low, excluded.close, excluded.prev_close,
                   excluded.volume, excluded.turnover, excluded.simulated)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PriceHistory(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Inserts new bars and corrects changed ones; answers how many rows were written (identical rows are not). */
    public int save(List<DailyBar> bars) {
        int[][] counts = template.batchUpdate(UPSERT_BAR, bars, 1000, (statement, bar) -> {
            statement.setString(1, bar.code());
            statement.setDate(2, Date.valueOf(bar.tradeDate()));
            statement.setBigDecimal(3, bar.open());
            statement.setBigDecimal(4, bar.high());
            statement.setBigDecimal(5, bar.low());
            statement.setBigDecimal(6, bar.close());
            statement.setBigDecimal(7, bar.prevClose());
            statement.setLong(8, bar.volume());
            statement.setBigDecimal(9, bar.turnover());
            statement.setBoolean(10, bar.simulated());
        });
        int written = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                written += Math.max(count, 0);
            }
        }
        return written;
    }

    public List<DailyBar> bars(String code, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from market_daily_bar where code = ? and trade_date between ? and ? order by trade_date")
                .params(code, Date.valueOf(from), Date.valueOf(to)).query(PriceHistory::bar).list();
    }

    public Optional<DailyBar> lastBar(String code) {
        return jdbc.sql("select * from market_daily_bar where code = ? order by trade_date desc limit 1")
                .param(code).query(PriceHistory::bar).optional();
    }

    public Optional<Quote> quote(String code) {
        return jdbc.sql("select * from market_latest_price where code = ?").param(code).query(PriceHistory::quote)
                .optional();
    }

    public List<Quote> quotes() {
        return jdbc.sql("select * from market_latest_price order by code").query(PriceHistory::quote).list();
    }

    public void saveQuotes(List<Quote> quotes) {
        template.batchUpdate("""
                insert into market_latest_price (code, price, prev_close, updated_at, simulated) values (?, ?, ?, ?, ?)
                on conflict (code) do update set price = excluded.price, prev_close = excluded.prev_close,
                    updated_at = excluded.updated_at, simulated = excluded.simulated""", quotes, 500, (statement, quote) -> {
            statement.setString(1, quote.code());
            statement.setBigDecimal(2, quote.price());
            statement.setBigDecimal(3, quote.prevClose());
            statement.setTimestamp(4, Timestamp.from(quote.updatedAt()));
            statement.setBoolean(5, quote.simulated());
        });
    }

    private static DailyBar bar(ResultSet row, int number) throws SQLException {
        return new DailyBar(row.getString("code"), row.getDate("trade_date").toLocalDate(), row.getBigDecimal("open"),
                row.getBigDecimal("high"), row.getBigDecimal("low"), row.getBigDecimal("close"),
                row.getBigDecimal("prev_close"), row.getLong("volume"), row.getBigDecimal("turnover"),
                row.getBoolean("simulated"));
    }

    private static Quote quote(ResultSet row, int number) throws SQLException {
        return new Quote(row.getString("code"), row.getBigDecimal("price"), row.getBigDecimal("prev_close"),
                row.getTimestamp("updated_at").toInstant(), row.getBoolean("simulated"));
    }
}
