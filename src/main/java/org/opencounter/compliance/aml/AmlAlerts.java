package org.opencounter.compliance.aml;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alerts officers work: listed by status, rule and shadow, opened (an audited look at a client's money), and
 * dismissed with the reason. Cases and reports are to come.
 */
@Service
@Transactional
public class AmlAlerts {

    private static final String ENTITY = "AmlAlert";
    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() {
    };
    private static final String SELECT = """
            select a.*, v.version as rule_version, c.name as client_name from compliance_alert a
            join compliance_aml_rule_version v on v.id = a.rule_version_id
            join clients_client c on c.id = a.client_id""";

    /** What the list narrows to; null fields do not narrow. */
    public record Filter(String status, AmlRule rule, boolean shadow) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    AmlAlerts(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AmlAlert> page(Filter filter, Pageable page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where a.shadow = ?");
        params.add(filter.shadow());
        if (filter.status() != null) {
            where.append(" and a.status = ?");
            params.add(filter.status());
        }
        if (filter.rule() != null) {
            where.append(" and a.rule = ?");
            params.add(filter.rule().name());
        }
        long total = jdbc.sql("select count(*) from compliance_alert a" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<AmlAlert> rows = jdbc.sql(SELECT + where + " order by a.business_date desc, a.id desc limit ? offset ?")
                .params(pageParams).query(this::of).list();
        return new PageImpl<>(rows, page, total);
    }

    /** The open alerts (not shadow) per rule, for the chart. */
    @Transactional(readOnly = true)
    public Map<AmlRule, Long> openByRule() {
        Map<AmlRule, Long> counts = new EnumMap<>(AmlRule.class);
        for (AmlRule rule : AmlRule.values()) {
            counts.put(rule, 0L);
        }
        jdbc.sql("select rule, count(*) from compliance_alert where not shadow and status = 'OPEN' group by rule")
                .query(row -> {
                    counts.put(AmlRule.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    /** The ages the dashboard groups open alerts in, in calendar days since the business date: up to 2, 5, 10, more. */
    public static final int[] AGE_LIMITS = {2, 5, 10};

    /** The open alerts (not shadow) per rule and age group, the youngest group first. */
    @Transactional(readOnly = true)
    public Map<AmlRule, long[]> openByRuleAndAge(LocalDate today) {
        Map<AmlRule, long[]> counts = new EnumMap<>(AmlRule.class);
        for (AmlRule rule : AmlRule.values()) {
            counts.put(rule, new long[AGE_LIMITS.length + 1]);
        }
        jdbc.sql("""
                        select rule, case when ? - business_date <= ? then 0 when ? - business_date <= ? then 1
                                          when ? - business_date <= ? then 2 else 3 end as age, count(*)
                        from compliance_alert where not shadow and status = 'OPEN' group by 1, 2""")
                .params(Date.valueOf(today), AGE_LIMITS[0], Date.valueOf(today), AGE_LIMITS[1], Date.valueOf(today),
                        AGE_LIMITS[2])
                .query(row -> {
                    counts.get(AmlRule.valueOf(row.getString(1)))[row.getInt(2)] = row.getLong(3);
                });
        return counts;
    }

    /** How many open large-value alerts are past their report date on the day. */
    @Transactional(readOnly = true)
    public long overdue(LocalDate today) {
        return jdbc.sql("select count(*) from compliance_alert where not shadow and status = 'OPEN' and due_date < ?")
                .param(Date.valueOf(today)).query(Long.class).single();
    }

    /** The alert, its opening recorded in the audit trail. */
    public AmlAlert open(long id) {
        AmlAlert alert = find(id);
        audit.record(AuditRecord.view("compliance.alert.view", ENTITY, id));
        return alert;
    }

    /**
     * Dismisses an open alert with the officer's reason; one decided before stays as it was.
     *
     * @throws AlertRefused without a reason
     */
    public AmlAlert dismiss(long id, String note) {
        if (note == null || note.isBlank()) {
            throw new AlertRefused("compliance.alert.reasonRequired");
        }
        AmlAlert before = find(id);
        int changed = jdbc.sql("""
                        update compliance_alert set status = 'DISMISSED', decided_by = ?, decided_at = ?,
                            decision_note = ?
                        where id = ? and status = 'OPEN'""")
                .params(CurrentStaff.require().username(), Timestamp.from(clock.instant()), note.strip(), id)
                .update();
        if (changed == 1) {
            audit.record(AuditRecord.change("compliance.alert.dismiss", ENTITY, id, Map.of("status", before.status()),
                    Map.of("status", "DISMISSED", "note", note.strip())));
        }
        return find(id);
    }

    /** These alerts, oldest first. */
    @Transactional(readOnly = true)
    public List<AmlAlert> byIds(List<Long> ids) {
        return jdbc.sql(SELECT + " where a.id = any(?) order by a.id").param(ids.toArray(Long[]::new))
                .query(this::of).list();
    }

    @Transactional(readOnly = true)
    public AmlAlert find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::of).optional()
                .orElseThrow(() -> new AlertNotFound(id));
    }

    private AmlAlert of(ResultSet row, int n) throws SQLException {
        Timestamp decided = row.getTimestamp("decided_at");
        Date due = row.getDate("due_date");
        return new AmlAlert(row.getLong("id"), AmlRule.valueOf(row.getString("rule")), row.getInt("rule_version"),
                row.getBoolean("shadow"), row.getLong("client_id"), row.getString("client_name"),
                row.getLong("branch_id"), row.getDate("business_date").toLocalDate(), row.getBigDecimal("amount"),
                json.readValue(row.getString("facts"), FACTS), due == null ? null : due.toLocalDate(),
                row.getString("status"), row.getTimestamp("raised_at").toInstant(), row.getString("decided_by"),
                decided == null ? null : decided.toInstant(), row.getString("decision_note"));
    }
}
