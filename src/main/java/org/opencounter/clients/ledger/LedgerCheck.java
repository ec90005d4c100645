package org.opencounter.clients.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.LedgerBreakDetected;
import org.opencounter.clients.LedgerVerification;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves the cash ledger: every journal entry balances (debits = credits), and every client account's kept balance
 * equals the sum of its journal lines. Each run is recorded; a break is logged as an error and published.
 */
@Service
public class LedgerCheck implements LedgerVerification {

    private static final Logger log = LoggerFactory.getLogger(LedgerCheck.class);
    private static final int MAX_LISTED = 50;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerCheck(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public LedgerCheckRun run() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<String> breaks = new ArrayList<>(jdbc.sql("""
                        select 'entry ' || e.id || ': debits ' || coalesce(sum(l.debit), 0) || ' ≠ credits '
                            || coalesce(sum(l.credit), 0)
                        from clients_journal_entry e left join clients_journal_line l on l.entry_id = e.id
                        group by e.id having coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) or count(l.id) < 2
                        order by e.id limit ?""")
                .param(MAX_LISTED).query(String.class).list());
        breaks.addAll(jdbc.sql("""
                        select 'account ' || a.code || ': kept ' || a.balance || ' ≠ journal '
                            || coalesce(sum(l.credit - l.debit), 0)
                        from clients_ledger_account a left join clients_journal_line l on l.ledger_account_id = a.id
                        where a.fund_account_id is not null
                        group by a.id, a.code, a.balance having a.balance <> coalesce(sum(l.credit - l.debit), 0)
                        order by a.code limit ?""")
                .param(MAX_LISTED).query(String.class).list());
        long entries = jdbc.sql("select count(*) from clients_journal_entry").query(Long.class).single();
        long accounts = jdbc.sql("select count(*) from clients_ledger_account").query(Long.class).single();
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        String by = CurrentStaff.get().map(StaffPrincipal::username).orElse("scheduler");
        long id = jdbc.sql("""
                        insert into clients_ledger_check_run (ran_at, triggered_by, entries_checked, accounts_checked,
                            break_count, breaks, duration_ms) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(now), by, entries, accounts, breaks.size(),
                        breaks.isEmpty() ? null : String.join("\n", breaks), durationMs)
                .query(Long.class).single();
        audit.record(AuditRecord.change("clients.ledger.check", "LedgerCheckRun", id, null,
                java.util.Map.of("breaks", breaks.size(), "entries", entries, "accounts", accounts)));
        if (breaks.isEmpty()) {
            log.info("Ledger check {}: {} entries and {} accounts consistent in {} ms", id, entries, accounts, durationMs);
        } else {
            log.error("Ledger check {} found {} breaks: {}", id, breaks.size(), breaks);
            events.publishEvent(new LedgerBreakDetected(id, now, List.copyOf(breaks)));
        }
        return new LedgerCheckRun(id, now, by, entries, accounts, List.copyOf(breaks), durationMs);
    }

    @Override
    @Transactional
    public int verify() {
        return run().breaks().size();
    }

    @Transactional(readOnly = true)
    public Page<LedgerCheckRun> history(Pageable pageable) {
        long total = jdbc.sql("select count(*) from clients_ledger_check_run").query(Long.class).single();
        List<LedgerCheckRun> runs = jdbc.sql("""
                        select id, ran_at, triggered_by, entries_checked, accounts_checked, breaks, duration_ms
                        from clients_ledger_check_run order by ran_at desc, id desc limit ? offset ?""")
                .params(pageable.getPageSize(), pageable.getOffset())
                .query((row, n) -> new LedgerCheckRun(row.getLong("id"), row.getTimestamp("ran_at").toInstant(),
                        row.getString("triggered_by"), row.getLong("entries_checked"), row.getLong("accounts_checked"),
                        row.getString("breaks") == null ? List.of() : Arrays.asList(row.getString("breaks").split("\n")),
                        row.getLong("duration_ms")))
                .list();
        return new PageImpl<>(runs, pageable, total);
    }

    @Transactional(readOnly = true)
    public Optional<LedgerCheckRun> latest() {
        return history(Pageable.ofSize(1)).stream().findFirst();
    }
}
