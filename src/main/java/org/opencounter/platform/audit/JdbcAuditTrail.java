package org.opencounter.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.web.RequestIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes the audit trail with plain inserts; the table's triggers refuse any update or delete. */
@Service
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        insert(record);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(AuditRecord record) {
        insert(record);
    }

    private void insert(AuditRecord record) {
        Optional<StaffPrincipal> actor = CurrentStaff.get();
        String username = record.username() != null ? record.username()
                : actor.map(StaffPrincipal::username).orElse(null);
        jdbc.sql("""
                        insert into platform_audit_event (occurred_at, username, branch_code, action, entity_type,
                            entity_id, before_state, after_state, ip_address, request_id, outcome, detail)
                        values (:at, :username, :branch, :action, :entityType, :entityId,
                            cast(:before as jsonb), cast(:after as jsonb), :ip, :requestId, :outcome, :detail)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("username", username)
                .param("branch", actor.map(StaffPrincipal::branchCode).orElse(null))
                .param("action", record.action())
                .param("entityType", record.entityType())
                .param("entityId", record.entityId())
                .param("before", toJson(record.before()))
                .param("after", toJson(record.after()))
                .param("ip", RequestIds.clientAddress())
                .param("requestId", RequestIds.current())
                .param("outcome", record.outcome().name())
                .param("detail", truncate(record.detail()))
                .update();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
