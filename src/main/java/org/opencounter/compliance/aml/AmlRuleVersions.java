package org.opencounter.compliance.aml;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of the AML rules' parameters (controls are data): an officer sets new parameters as a new version,
 * either ACTIVE (the previous active one retires) or SHADOW (evaluated and recorded apart until switched on). Every
 * version is audited; alerts name the version that raised them.
 */
@Service
@Transactional
public class AmlRuleVersions {

    private static final String ENTITY = "AmlRuleVersion";
    private static final TypeReference<Map<String, BigDecimal>> PARAMETERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditTrail audit;
    private final Clock clock;

    AmlRuleVersions(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The versions that run: the active one and the shadow one, if any, of every rule. */
    @Transactional(readOnly = true)
    public List<RuleVersion> running() {
        return jdbc.sql("""
                        select * from compliance_aml_rule_version where mode in ('ACTIVE', 'SHADOW')
                        order by rule, id""")
                .query(this::of).list();
    }

    /** Every version of the rule, newest first. */
    @Transactional(readOnly = true)
    public List<RuleVersion> versions(AmlRule rule) {
        return jdbc.sql("select * from compliance_aml_rule_version where rule = ? order by version desc")
                .param(rule.name()).query(this::of).list();
    }

    @Transactional(readOnly = true)
    public Optional<RuleVersion> current(AmlRule rule, RuleMode mode) {
        return jdbc.sql("select * from compliance_aml_rule_version where rule = ? and mode = ?")
                .params(rule.name(), mode.name()).query(this::of).optional();
    }

    /**
     * Makes a new version of the rule with these parameters, active or in shadow; the one it replaces retires.
     *
     * @throws RuleRefused when a parameter is missing or out of its range, or no reason is given
     */
    public RuleVersion create(AmlRule rule, RuleMode mode, Map<String, BigDecimal> values, String reason) {
        if (mode == RuleMode.RETIRED) {
            throw new RuleRefused("mode", "compliance.rule.modeRequired");
        }
        Map<String, BigDecimal> parameters = new LinkedHashMap<>();
        for (AmlRule.Parameter parameter : rule.parameters()) {
            BigDecimal value = values.get(parameter.name());
            if (!parameter.accepts(value)) {
                throw new RuleRefused(parameter.name(), "compliance.rule.outOfRange", parameter.min(),
                        parameter.max());
            }
            parameters.put(parameter.name(), value.stripTrailingZeros());
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleRefused("reason", "compliance.rule.reasonRequired");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('compliance_aml_rule_version'), hashtext(?))")
                .param(rule.name()).query().singleRow();
        Instant now = clock.instant();
        Optional<RuleVersion> replaced = current(rule, mode);
        replaced.ifPresent(old -> jdbc.sql("""
                        update compliance_aml_rule_version set mode = 'RETIRED', retired_at = ? where id = ?""")
                .params(Timestamp.from(now), old.id()).update());
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from compliance_aml_rule_version where rule = ?")
                .param(rule.name()).query(Integer.class).single();
        long id = jdbc.sql("""
                        insert into compliance_aml_rule_version (rule, version, mode, parameters, reason, created_by,
                            created_at)
                        values (?, ?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(rule.name(), version, mode.name(), json.writeValueAsString(parameters), reason.strip(),
                        CurrentStaff.require().username(), Timestamp.from(now))
                .query(Long.class).single();
        RuleVersion created = find(id);
        audit.record(AuditRecord.change("compliance.rule.version", ENTITY, id,
                replaced.map(old -> (Object) Map.of("version", old.version(), "parameters", old.parameters()))
                        .orElse(null),
                Map.of("rule", rule, "version", version, "mode", mode, "parameters", parameters, "reason",
                        reason.strip())));
        return created;
    }

    @Transactional(readOnly = true)
    public RuleVersion find(long id) {
        return jdbc.sql("select * from compliance_aml_rule_version where id = ?").param(id).query(this::of).single();
    }

    private RuleVersion of(ResultSet row, int n) throws SQLException {
        return new RuleVersion(row.getLong("id"), AmlRule.valueOf(row.getString("rule")), row.getInt("version"),
                RuleMode.valueOf(row.getString("mode")), json.readValue(row.getString("parameters"), PARAMETERS),
                row.getString("reason"), row.getString("created_by"), row.getTimestamp("created_at").toInstant());
    }
}
