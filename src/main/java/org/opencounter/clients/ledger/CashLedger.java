package org.opencounter.clients.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.opencounter.clients.CashBalances;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cash ledger, kept in double entry.
 * Every movement is one journal entry whose lines balance (the database checks it at commit); each posting also
 * moves the client accounts' kept balances, which the consistency check proves against the journal. Callers lock
 * the fund account first, so a client's balances are changed by one transaction at a time. The firm's bank
 * settlement account keeps no running balance (every transfer would queue on that one row): its balance is the sum
 * of its journal lines.
 */
@Service
public class CashLedger implements org.opencounter.clients.client.AccountLifecycle.AccountCash {

    static final String BANK_SETTLEMENT_CODE = "BANK-SETTLEMENT";

    private final JdbcClient jdbc;

    CashLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of an entry: an amount on the debit or the credit side of one ledger account. */
    record Line(long ledgerAccountId, LedgerAccountKind kind, BigDecimal debit, BigDecimal credit) {

        static Line debit(long account, LedgerAccountKind kind, BigDecimal amount) {
            return new Line(account, kind, amount, BigDecimal.ZERO);
        }

        static Line credit(long account, LedgerAccountKind kind, BigDecimal amount) {
            return new Line(account, kind, BigDecimal.ZERO, amount);
        }
    }

    /**
     * An entry to post: what happened, to which fund account (none for the firm's own entries), on which business day,
     * under which idempotency key.
     */
    record Posting(JournalKind kind, Long fundAccountId, BigDecimal amount, LocalDate businessDate, String memo,
                   String idempotencyKey, Long reversesEntryId, boolean flaggedLarge, String createdBy, Instant at,
                   List<Line> lines) {

        /** A client's cash moved under the movement's key, on its business date. */
        static Posting of(JournalKind kind, org.opencounter.clients.CashMovement movement, Instant at,
                          List<Line> lines) {
            return new Posting(kind, movement.fundAccountId(), movement.amount(), movement.businessDate(),
                    movement.memo(), movement.key(), null, false, movement.by(), at, lines);
        }
    }

    /** Opens the client's available and frozen cash accounts for a new fund account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void openClientAccounts(long fundAccountId, String accountNumber) {
        for (LedgerAccountKind kind : List.of(LedgerAccountKind.CLIENT_AVAILABLE, LedgerAccountKind.CLIENT_FROZEN)) {
            jdbc.sql("insert into clients_ledger_account (code, kind, fund_account_id) values (?, ?, ?)")
                    .params(accountNumber + "-" + kind.name(), kind.name(), fundAccountId).update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long post(Posting posting) {
        long entryId = jdbc.sql("""
                        insert into clients_journal_entry (kind, fund_account_id, amount, business_date, memo,
                            idempotency_key, reverses_entry_id, flagged_large, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(posting.kind().name(), posting.fundAccountId(), posting.amount(),
                        Date.valueOf(posting.businessDate()), posting.memo(), posting.idempotencyKey(),
                        posting.reversesEntryId(), posting.flaggedLarge(), posting.createdBy(),
                        Timestamp.from(posting.at()))
                .query(Long.class).single();
        List<Line> lines = posting.lines();
        jdbc.sql("""
                        insert into clients_journal_line (entry_id, ledger_account_id, debit, credit)
                        select ?, l.* from unnest(?::bigint[], ?::numeric[], ?::numeric[]) l""")
                .params(entryId, lines.stream().map(Line::ledgerAccountId).toArray(Long[]::new),
                        lines.stream().map(Line::debit).toArray(BigDecimal[]::new),
                        lines.stream().map(Line::credit).toArray(BigDecimal[]::new))
                .update();
        Map<Long, BigDecimal> changes = new LinkedHashMap<>();
        lines.stream().filter(line -> line.kind().keepsBalance()).forEach(line -> changes.merge(line.ledgerAccountId(),
                line.kind().change(line.debit(), line.credit()), BigDecimal::add));
        if (!changes.isEmpty()) {
            jdbc.sql("""
                            update clients_ledger_account a set balance = a.balance + c.change
                            from unnest(?::bigint[], ?::numeric[]) c(id, change) where a.id = c.id""")
                    .params(changes.keySet().toArray(Long[]::new), changes.values().toArray(BigDecimal[]::new))
                    .update();
        }
        return entryId;
    }

    /** A client's available and frozen cash accounts and the available balance, in one look-up. */
    ClientAccounts clientAccounts(long fundAccountId) {
        return jdbc.sql("""
                        select max(id) filter (where kind = 'CLIENT_AVAILABLE'), max(id) filter (where kind = 'CLIENT_FROZEN'),
                               max(balance) filter (where kind = 'CLIENT_AVAILABLE')
                        from clients_ledger_account where fund_account_id = ?""")
                .param(fundAccountId)
                .query((row, n) -> new ClientAccounts(row.getLong(1), row.getLong(2), row.getBigDecimal(3))).single();
    }

    /**
     * The ledger account ids of one client's cash, and the available balance.
     *
     * @param availableBalance what the client may spend now (withdrawable or not)
     */
    record ClientAccounts(long available, long frozen, BigDecimal availableBalance) {
    }

    /** The firm's bank settlement account, created on first use. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long bankSettlementAccount() {
        return firmAccount(BANK_SETTLEMENT_CODE, LedgerAccountKind.BANK_SETTLEMENT);
    }

    /** One of the firm's own ledger accounts, created on first use. */
    @Transactional(propagation = Propagation.MANDATORY)
    long firmAccount(String code, LedgerAccountKind kind) {
        return jdbc.sql("""
                        with created as (insert into clients_ledger_account (code, kind) values (?, ?)
                                         on conflict (code) do nothing returning id)
                        select id from created union all select id from clients_ledger_account where code = ?""")
                .params(code, kind.name(), code).query(Long.class).list().stream().findFirst()
                // created by a transaction that committed after this statement began: a new statement sees it
                .orElseGet(() -> jdbc.sql("select id from clients_ledger_account where code = ?").param(code)
                        .query(Long.class).single());
    }

    /**
     * Available, frozen and withdrawable cash; sale proceeds are not withdrawable until their trade date has settled
     * with the clearing house (T+1). Trade dates settle in order and orders move to the next day once a day's
     * settlement starts, so the unsettled sales are those after the last settled date (an index range, not history).
     */
    @Transactional(readOnly = true)
    public CashBalances balances(long fundAccountId) {
        List<BigDecimal> amounts = jdbc.sql("""
                        select coalesce(sum(balance) filter (where kind = 'CLIENT_AVAILABLE'), 0),
                               coalesce(sum(balance) filter (where kind = 'CLIENT_FROZEN'), 0),
                               (select coalesce(sum(l.credit), 0) from clients_journal_entry e
                                  join clients_journal_line l on l.entry_id = e.id
                                  join clients_ledger_account a on a.id = l.ledger_account_id
                                 where e.fund_account_id = ? and e.kind = 'TRADE_SELL' and a.kind = 'CLIENT_AVAILABLE'
                                   and e.business_date > (select coalesce(max(trade_date), date '0001-01-01')
                                                            from clients_cash_settlement))
                        from clients_ledger_account where fund_account_id = ?""")
                .params(fundAccountId, fundAccountId)
                .query((row, n) -> List.of(row.getBigDecimal(1), row.getBigDecimal(2), row.getBigDecimal(3))).single();
        BigDecimal available = amounts.get(0);
        BigDecimal withdrawable = available.subtract(amounts.get(2)).max(BigDecimal.ZERO.setScale(2));
        return new CashBalances(available, amounts.get(1), withdrawable);
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal total(long fundAccountId) {
        return balances(fundAccountId).total();
    }

    /** The account's journal, newest first, with each entry's effect on the available cash. */
    @Transactional(readOnly = true)
    public Page<JournalEntryView> history(long fundAccountId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from clients_journal_entry where fund_account_id = ?")
                .param(fundAccountId).query(Long.class).single();
        List<JournalEntryView> rows = jdbc.sql("""
                        select e.id, e.kind, e.amount, e.business_date, e.memo, e.flagged_large, e.reverses_entry_id,
                               e.created_by, e.created_at,
                               coalesce((select sum(l.credit - l.debit) from clients_journal_line l
                                   join clients_ledger_account a on a.id = l.ledger_account_id
                                   where l.entry_id = e.id and a.kind = 'CLIENT_AVAILABLE'), 0) as available_change,
                               exists (select 1 from clients_journal_entry r where r.reverses_entry_id = e.id) as reversed
                        from clients_journal_entry e where e.fund_account_id = ?
                        order by e.id desc limit ? offset ?""")
                .params(fundAccountId, pageable.getPageSize(), pageable.getOffset())
                .query((row, n) -> new JournalEntryView(row.getLong("id"), JournalKind.valueOf(row.getString("kind")),
                        row.getBigDecimal("amount"), row.getBigDecimal("available_change"),
                        row.getDate("business_date").toLocalDate(), row.getString("memo"),
                        row.getBoolean("flagged_large"), (Long) row.getObject("reverses_entry_id", Long.class),
                        row.getString("created_by"), row.getTimestamp("created_at").toInstant(),
                        row.getBoolean("reversed")))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The entry already posted under this idempotency key, as (entry id, fund account id). */
    Optional<long[]> entryWithKey(String idempotencyKey) {
        return jdbc.sql("select id, fund_account_id from clients_journal_entry where idempotency_key = ?")
                .param(idempotencyKey).query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).optional();
    }

    /** The account's bank transfers in both directions on the day. */
    BigDecimal bankTransfersOn(long fundAccountId, LocalDate day) {
        return jdbc.sql("""
                        select coalesce(sum(amount), 0) from clients_journal_entry
                        where fund_account_id = ? and business_date = ? and kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT')""")
                .params(fundAccountId, Date.valueOf(day)).query(BigDecimal.class).single();
    }
}
