package org.opencounter.clients.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.ledger.CashLedger;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few demo clients whose recent bank transfers look the way money laundering often does, so that compliance's
 * monitoring has something real to find: transfers just under the large-value threshold on three days running,
 * money in and nearly all out again, a dormant account (a year without cash movements) moving a large sum and so
 * active again, and money in far beyond what the client declared. Balanced entries like the rest of the demo book,
 * on the last trading days.
 */
@Component
class UnusualCashDemoData implements DemoDataSet {

    private static final String KEY = "demo-unusual-";

    private final JdbcClient jdbc;
    private final CashLedger ledger;
    private final DemoBankTransfers bankTransfers;
    private final TradingCalendar calendar;

    UnusualCashDemoData(JdbcClient jdbc, CashLedger ledger, DemoBankTransfers bankTransfers,
                        TradingCalendar calendar) {
        this.jdbc = jdbc;
        this.bankTransfers = bankTransfers;
        this.ledger = ledger;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 31;
    }

    /** A client's fund account and its available-cash ledger account. */
    private record Account(long fundAccountId, long availableId, String owner) {
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from clients_journal_entry where idempotency_key like ?)")
                .param(KEY + "%").query(Boolean.class).single()) {
            return;
        }
        List<LocalDate> days = calendar.tradingDaysBefore(calendar.today(), 3);
        if (days.size() < 3) {
            return;
        }
        LocalDate third = days.get(0);
        LocalDate second = days.get(1);
        LocalDate last = days.get(2);
        long bank = ledger.bankSettlementAccount();
        List<Account> accounts = jdbc.sql("""
                        select f.id, a.id, coalesce(u.username, 'clerk') from clients_client c
                        join platform_branch b on b.id = c.branch_id
                        join clients_fund_account f on f.client_id = c.id and f.status = 'ACTIVE'
                        join clients_ledger_account a on a.fund_account_id = f.id and a.kind = 'CLIENT_AVAILABLE'
                        left join platform_staff_user u on u.id = c.owner_id
                        where c.kind = 'INDIVIDUAL' and c.status = 'ACTIVE' and b.code = 'HZ01'
                        order by c.financial_assets, c.id limit 3""")
                .query((row, n) -> new Account(row.getLong(1), row.getLong(2), row.getString(3))).list();
        if (accounts.size() < 3) {
            return;
        }
        Account splitter = accounts.get(1);
        transfer(splitter, bank, true, "480000.00", third, "structuring-1");
        transfer(splitter, bank, true, "470000.00", second, "structuring-2");
        transfer(splitter, bank, true, "460000.00", last, "structuring-3");
        Account quick = accounts.get(2);
        transfer(quick, bank, true, "600000.00", third, "in-out-1");
        transfer(quick, bank, false, "590000.00", last, "in-out-2");
        Account modest = accounts.get(0);
        transfer(modest, bank, true, "5000000.00", last, "beyond-profile");
        dormant().ifPresent(account -> {
            transfer(account, bank, true, "150000.00", last, "dormant");
            jdbc.sql("update clients_fund_account set status = 'ACTIVE' where id = ?").param(account.fundAccountId())
                    .update();
        });
    }

    /** A dormant individual's account of the HZ01 branch; the transfer makes it active again, as a real one does. */
    private Optional<Account> dormant() {
        return jdbc.sql("""
                        select f.id, a.id, 'clerk' from clients_fund_account f
                        join clients_client c on c.id = f.client_id and c.status = 'ACTIVE' and c.kind = 'INDIVIDUAL'
                        join platform_branch b on b.id = c.branch_id and b.code = 'HZ01'
                        join clients_ledger_account a on a.fund_account_id = f.id and a.kind = 'CLIENT_AVAILABLE'
                        where f.status = 'DORMANT' order by f.id limit 1""")
                .query((row, n) -> new Account(row.getLong(1), row.getLong(2), row.getString(3))).optional();
    }

    private void transfer(Account account, long bank, boolean in, String amount, LocalDate day, String what) {
        BigDecimal value = new BigDecimal(amount);
        Timestamp at = Timestamp.from(day.atTime(in ? LocalTime.of(10, 15) : LocalTime.of(14, 40))
                .atZone(TradingCalendar.SHANGHAI).toInstant());
        bankTransfers.book(account.fundAccountId(), account.availableId(), bank, in, value, day, at,
                KEY + what + "-" + account.fundAccountId(), account.owner());
        jdbc.sql("update clients_ledger_account set balance = balance + ? where id = ?")
                .params(in ? value : value.negate(), account.availableId()).update();
        jdbc.sql("update clients_fund_account set last_activity_at = greatest(last_activity_at, ?) where id = ?")
                .params(at, account.fundAccountId()).update();
    }
}
