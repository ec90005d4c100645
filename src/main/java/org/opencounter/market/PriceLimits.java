package org.opencounter.market;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A security's limit prices on a trading day: its limit from the previous close, or none right after listing. */
@Service
@Transactional(readOnly = true)
public class PriceLimits {

    private final JdbcClient jdbc;

    PriceLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PriceBand bandOn(String code, BigDecimal previousClose, LocalDate day) {
        return jdbc.sql("""
                        select type, board, price_limit, tick_size, listing_date,
                               case when s.listing_date > ? then
                                   (select count(*) from market_calendar_day c
                                    where c.trading and c.day between s.listing_date and ?) end as day_number,
                               (select min(day) from market_calendar_day) as calendar_start
                        from market_security s where code = ?""")
                .params(Date.valueOf(day.minusDays(NewListingRule.CALENDAR_DAYS_THAT_MATTER)), Date.valueOf(day), code)
                .query((row, n) -> {
                    SecurityType type = SecurityType.valueOf(row.getString("type"));
                    Board board = Board.valueOf(row.getString("board"));
                    BigDecimal limit = row.getBigDecimal("price_limit");
                    boolean listedInsideCalendar = !row.getDate("listing_date").toLocalDate()
                            .isBefore(row.getDate("calendar_start").toLocalDate());
                    if (limit == null || (listedInsideCalendar
                            && NewListingRule.unlimited(type, board, row.getLong("day_number")))) {
                        return PriceBand.UNLIMITED;
                    }
                    return PriceBand.of(previousClose, limit, row.getBigDecimal("tick_size"));
                })
                .optional().orElseThrow(() -> new IllegalArgumentException("Unknown security " + code));
    }
}
