package org.opencounter.compliance.aml;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans a business date's bank transfers, orders, trades and holdings with every running rule version, one
 * set-based statement per version, each committing as it goes so the page can follow the scan. An alert's key makes
 * a scan that runs again raise nothing twice; a shadow version's alerts are recorded apart.
 */
@Service
public class AmlScans {

    private static final Logger log = LoggerFactory.getLogger(AmlScans.class);
    private static final String TRANSFERS = """
            select e.id, e.business_date, e.amount, e.kind = 'BANK_TRANSFER_IN' as incoming, e.fund_account_id,
                   f.client_id, c.kind as client_kind, c.branch_id, c.average_income, c.financial_assets
            from clients_journal_entry e
            join clients_fund_account f on f.id = e.fund_account_id
            join clients_client c on c.id = f.client_id
            where e.kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT') and e.business_date between :from and :day
              and not exists (select 1 from clients_journal_entry r where r.reverses_entry_id = e.id)""";

    private final Map<AmlRule, Detector> detectors;
    private final AmlRuleVersions versions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;

    AmlScans(List<Detector> detectors, AmlRuleVersions versions, JdbcClient jdbc, TransactionTemplate transactions,
             AuditTrail audit, Clock clock) {
        this.detectors = detectors.stream().collect(Collectors.toMap(Detector::rule, Function.identity()));
        this.versions = versions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts and runs the scan of the day to its end; answers the finished scan. */
    public AmlScan scan(LocalDate day, String actor) {
        start(day, actor);
        return execute(day);
    }

    /**
     * Records the scan of the day as running; a day scanned before is scanned again (new data may have come), and
     * raises only what it did not raise before.
     *
     * @throws ScanRefused when the day is still being scanned
     */
    public AmlScan start(LocalDate day, String actor) {
        Timestamp now = Timestamp.from(clock.instant());
        int started = transactions.execute(status -> jdbc.sql("""
                        insert into compliance_aml_scan (business_date, status, started_by, started_at)
                        values (?, 'RUNNING', ?, ?)
                        on conflict (business_date) do update set status = 'RUNNING', rules_done = 0, records = 0,
                            alerts = 0, shadow_alerts = 0, error = null, started_by = excluded.started_by,
                            started_at = excluded.started_at, finished_at = null
                        where compliance_aml_scan.status <> 'RUNNING'""")
                .params(Date.valueOf(day), actor, now).update());
        if (started == 0) {
            throw new ScanRefused("compliance.scan.running", day);
        }
        return run(day).orElseThrow();
    }

    /** Runs every running version over the day; a failure is recorded on the scan, which may then run again. */
    public AmlScan execute(LocalDate day) {
        try {
            List<RuleVersion> running = versions.running();
            int window = running.stream().mapToInt(v -> detectors.get(v.rule()).windowDays(v)).max().orElse(1);
            long records = jdbc.sql("""
                            select (select count(*) from clients_journal_entry
                                    where kind in ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT')
                                      and business_date between ? and ?)
                                 + (select count(*) from orders_trade where trade_date between ? and ?)""")
                    .params(Date.valueOf(day.minusDays(window - 1L)), Date.valueOf(day),
                            Date.valueOf(day.minusDays(window - 1L)), Date.valueOf(day))
                    .query(Long.class).single();
            progress(day, 0, running.size(), records);
            int done = 0;
            for (RuleVersion version : running) {
                int raised = transactions.execute(status -> detect(version, day));
                done++;
                String column = version.mode() == RuleMode.SHADOW ? "shadow_alerts" : "alerts";
                int finished = done;
                transactions.executeWithoutResult(status -> jdbc.sql("update compliance_aml_scan set rules_done = ?, "
                                + column + " = " + column + " + ? where business_date = ?")
                        .params(finished, raised, Date.valueOf(day)).update());
            }
            transactions.executeWithoutResult(status -> {
                jdbc.sql("""
                                update compliance_aml_scan set status = 'COMPLETED', finished_at = ?
                                where business_date = ?""")
                        .params(Timestamp.from(clock.instant()), Date.valueOf(day)).update();
                AmlScan scan = run(day).orElseThrow();
                audit.record(AuditRecord.change("compliance.scan.complete", "AmlScan", day, null,
                        Map.of("records", scan.records(), "alerts", scan.alerts(), "shadowAlerts",
                                scan.shadowAlerts())));
            });
        } catch (RuntimeException failure) {
            log.error("AML scan of {} failed", day, failure);
            String error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            update compliance_aml_scan set status = 'FAILED', error = ?, finished_at = ?
                            where business_date = ?""")
                    .params(error.length() > 500 ? error.substring(0, 500) : error,
                            Timestamp.from(clock.instant()), Date.valueOf(day)).update());
        }
        return run(day).orElseThrow();
    }

    /** The version's alerts for the day, raised once; answers how many are new. */
    int detect(RuleVersion version, LocalDate day) {
        Detector detector = detectors.get(version.rule());
        Map<String, Object> params = new HashMap<>(detector.bind(version, day));
        params.put("day", day);
        params.put("dayKey", day.toString());
        params.put("from", day.minusDays(detector.windowDays(version) - 1L));
        params.put("rule", version.rule().name());
        params.put("source", version.rule().source().name());
        params.put("versionId", version.id());
        params.put("shadow", version.mode() == RuleMode.SHADOW);
        params.put("keyPrefix", version.mode() == RuleMode.SHADOW ? "SHADOW:" + version.id() + ":" : "");
        params.put("now", Timestamp.from(clock.instant()));
        return jdbc.sql("with transfers as (" + TRANSFERS + """
                        )
                        insert into compliance_alert (source, rule, rule_version_id, shadow, client_id, branch_id,
                            business_date, amount, facts, due_date, alert_key, raised_at)
                        select :source, :rule, :versionId, :shadow, h.client_id, h.branch_id, :day, h.amount, h.facts,
                               h.due_date, :keyPrefix || h.alert_key, :now
                        from (""" + detector.hits() + """
                        ) h
                        on conflict (alert_key) do nothing""")
                .params(params).update();
    }

    public Optional<AmlScan> run(LocalDate day) {
        return jdbc.sql("select * from compliance_aml_scan where business_date = ?").param(Date.valueOf(day))
                .query(AmlScans::of).optional();
    }

    public Page<AmlScan> runs(Pageable page) {
        long total = jdbc.sql("select count(*) from compliance_aml_scan").query(Long.class).single();
        List<AmlScan> rows = jdbc.sql("select * from compliance_aml_scan order by business_date desc limit ? offset ?")
                .params(page.getPageSize(), page.getOffset()).query(AmlScans::of).list();
        return new PageImpl<>(rows, page, total);
    }

    private void progress(LocalDate day, int done, int total, long records) {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update compliance_aml_scan set rules_done = ?, rules_total = ?, records = ?
                        where business_date = ?""")
                .params(done, total, records, Date.valueOf(day)).update());
    }

    private static AmlScan of(ResultSet row, int n) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new AmlScan(row.getDate("business_date").toLocalDate(), row.getString("status"),
                row.getInt("rules_done"), row.getInt("rules_total"), row.getLong("records"), row.getInt("alerts"),
                row.getInt("shadow_alerts"), row.getString("error"), row.getString("started_by"),
                row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
