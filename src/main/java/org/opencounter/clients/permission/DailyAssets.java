package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencounter.clients.SecuritiesValuation;
import org.opencounter.market.TradingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client's assets at the close of each of the 20 trading days before a day: the cash in the fund account
 * (available and frozen, from the journal as of that business date) plus the securities at that day's closing
 * prices. Margin financing is not counted, as the rules require, because no financed cash or securities are kept
 * in these accounts.
 */
@Component
class DailyAssets {

    private static final String CASH_AT_CLOSE = """
            select d.day, (select coalesce(sum(l.credit - l.debit), 0)
                           from clients_journal_line l
                           join clients_ledger_account a on a.id = l.ledger_account_id
                           join clients_journal_entry e on e.id = l.entry_id
                           where a.fund_account_id = ? and a.kind in ('CLIENT_AVAILABLE', 'CLIENT_FROZEN')
                             and e.business_date <= d.day) as cash
            from unnest(?::date[]) d(day)""";

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;
    private final ObjectProvider<SecuritiesValuation> valuation;

    DailyAssets(JdbcClient jdbc, TradingCalendar calendar, ObjectProvider<SecuritiesValuation> valuation) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.valuation = valuation;
    }

    /** Each averaging day before the given day, oldest first, with the client's assets at its close. */
    List<PermissionOverview.DayAssets> before(long clientId, long fundAccountId, LocalDate day) {
        List<LocalDate> days = calendar.tradingDaysBefore(day, PermissionRule.AVERAGING_DAYS);
        Map<LocalDate, BigDecimal> cash = new HashMap<>();
        jdbc.sql(CASH_AT_CLOSE).params(fundAccountId, days.stream().map(Date::valueOf).toArray(Date[]::new))
                .query((row, n) -> cash.put(row.getDate("day").toLocalDate(), row.getBigDecimal("cash"))).list();
        SecuritiesValuation books = valuation.getIfAvailable();
        Map<LocalDate, BigDecimal> securities = books == null ? Map.of() : books.closingValues(clientId, days);
        return days.stream().map(d -> new PermissionOverview.DayAssets(d, cash.getOrDefault(d, BigDecimal.ZERO),
                securities.getOrDefault(d, BigDecimal.ZERO))).toList();
    }
}
