package org.opencounter.orders.statement;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.CashStatements;
import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.Side;
import org.opencounter.platform.BranchInfo;
import org.opencounter.platform.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes client statements of settled days: a day's statement once its settlement run has completed (or a later
 * one has, for a day without trades), a month's up to its last settled day. Positions come from the snapshot the
 * settlement run keeps at each close, valued at the day's closing price where the market has one.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = StatementUnavailable.class)
public class Statements {

    private final JdbcClient jdbc;
    private final TradingAccounts accounts;
    private final CashStatements cash;
    private final TradingCalendar calendar;
    private final Organisation organisation;
    private final Clock clock;

    Statements(JdbcClient jdbc, TradingAccounts accounts, CashStatements cash, TradingCalendar calendar,
               Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cash = cash;
        this.calendar = calendar;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The client's statement of one trading day.
     *
     * @throws StatementUnavailable when the day is not a trading day or has not settled
     */
    public Statement daily(long clientId, LocalDate day) {
        TradingAccount client = accounts.visible(clientId);
        if (!calendar.isTradingDay(day)) {
            throw new StatementUnavailable("orders.statement.notTradingDay", day);
        }
        LocalDate settled = lastSettled().orElse(null);
        if (settled == null || day.isAfter(settled)) {
            throw new StatementUnavailable("orders.statement.notSettled", day);
        }
        return statement(client, StatementPeriod.day(calendar.previous(day), day));
    }

    /**
     * The client's statement of a month, up to its last settled day.
     *
     * @throws StatementUnavailable when no day of the month has settled
     */
    public Statement monthly(long clientId, YearMonth month) {
        TradingAccount client = accounts.visible(clientId);
        LocalDate lastTradingDay = calendar.onOrBefore(month.atEndOfMonth());
        LocalDate settled = lastSettled().orElse(null);
        if (settled == null || settled.isBefore(month.atDay(1)) || lastTradingDay.isBefore(month.atDay(1))) {
            throw new StatementUnavailable("orders.statement.monthNotSettled", month);
        }
        LocalDate to = settled.isBefore(lastTradingDay) ? settled : month.atEndOfMonth();
        return statement(client, StatementPeriod.month(month, to));
    }

    /** The latest trade date whose settlement run completed. */
    public Optional<LocalDate> lastSettled() {
        return jdbc.sql("select max(trade_date) from orders_settlement_run where status = 'COMPLETED'")
                .query((row, n) -> Optional.ofNullable(row.getDate(1)).map(Date::toLocalDate)).single();
    }

    private Statement statement(TradingAccount client, StatementPeriod period) {
        LocalDate positionsDate = calendar.onOrBefore(period.to());
        String branch = organisation.branch(client.branchId()).map(BranchInfo::name).orElse("");
        return new Statement(period, client, branch, cash.statement(client.fundAccountId(), period.from(), period.to()),
                trades(client.clientId(), period), positionsDate, positions(client.clientId(), positionsDate),
                clock.instant());
    }

    private List<StatementTrade> trades(long clientId, StatementPeriod period) {
        return jdbc.sql("""
                        select t.trade_date, t.code, s.name, t.side, t.quantity, t.price, t.amount, t.commission,
                               t.stamp_duty, t.transfer_fee, t.exchange_fees
                        from orders_trade t join market_security s on s.code = t.code
                        where t.client_id = ? and t.trade_date between ? and ? and not t.credit
                        order by t.trade_date, t.id""")
                .params(clientId, Date.valueOf(period.from()), Date.valueOf(period.to()))
                .query((row, n) -> new StatementTrade(row.getDate("trade_date").toLocalDate(), row.getString("code"),
                        row.getString("name"), Side.valueOf(row.getString("side")), row.getLong("quantity"),
                        row.getBigDecimal("price"), row.getBigDecimal("amount"), row.getBigDecimal("commission"),
                        row.getBigDecimal("stamp_duty"), row.getBigDecimal("transfer_fee"),
                        row.getBigDecimal("exchange_fees")))
                .list();
    }

    /**
     * The positions at the day's close: the snapshot of the latest settled day up to it (a day without a run had no
     * trades, so the holdings are those of the last run), priced at the day's own close where the market has it.
     */
    private List<StatementPosition> positions(long clientId, LocalDate day) {
        return jdbc.sql("""
                        select p.code, s.name, p.quantity, p.cost, coalesce(b.close, p.close_price) as price
                        from orders_position_snapshot p join market_security s on s.code = p.code
                        left join market_daily_bar b on b.code = p.code and b.trade_date = ?
                        where p.client_id = ?
                          and p.trade_date = (select max(trade_date) from orders_settlement_run
                                              where status = 'COMPLETED' and trade_date <= ?)
                        order by p.code""")
                .params(Date.valueOf(day), clientId, Date.valueOf(day))
                .query((row, n) -> new StatementPosition(row.getString("code"), row.getString("name"),
                        row.getLong("quantity"), row.getBigDecimal("cost"), row.getBigDecimal("price")))
                .list();
    }
}
