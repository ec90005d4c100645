package org.opencounter.platform.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencounter.platform.ApprovalDecided;
import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.web.PlatformProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The maker-checker mechanism. A decision is one conditional update ({@code where status = 'PENDING'}), so two
 * checkers deciding at once cannot both win, and the table itself refuses a decider equal to the requester.
 */
@Service
public class ApprovalService implements Approvals {

    private static final String COLUMNS = """
            id, type, subject, payload::text as payload, approving_role, requested_by, reason, status,
            requested_at, expires_at, decided_by, decided_at, decision_note, branch_id, link""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<String, ApprovalHandler<?>> handlers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PlatformProperties properties;
    private final Clock clock;

    ApprovalService(JdbcClient jdbc, JsonMapper json, List<ApprovalHandler<?>> handlers, AuditTrail audit,
                    ApplicationEventPublisher events, PlatformProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.handlers = handlers.stream().collect(Collectors.toMap(ApprovalHandler::type, Function.identity()));
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long submit(ApprovalSubmission submission) {
        ApprovalHandler<?> handler = handler(submission.type());
        StaffPrincipal maker = CurrentStaff.require();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into platform_approval_request (type, subject, payload, approving_role, requested_by,
                            reason, status, requested_at, expires_at, branch_id, link)
                        values (?, ?, cast(? as jsonb), ?, ?, ?, 'PENDING', ?, ?, ?, ?) returning id""")
                .params(submission.type(), submission.subject(), json.writeValueAsString(submission.payload()),
                        handler.approvingRole().name(), maker.username(), submission.reason(), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.approvalLifetime())), submission.branchId(),
                        submission.link())
                .query(Long.class).single();
        audit.record(AuditRecord.change("platform.approval.submit", "ApprovalRequest", id, null, submission));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isPending(String type, Object payload) {
        return jdbc.sql("""
                        select exists (select 1 from platform_approval_request
                        where type = ? and status = 'PENDING' and payload = cast(? as jsonb))""")
                .params(type, json.writeValueAsString(payload)).query(Boolean.class).single();
    }

    @Override
    @Transactional
    public void approve(long id, String note) {
        decide(id, "APPROVED", note);
    }

    @Override
    @Transactional
    public void reject(long id, String note) {
        decide(id, "REJECTED", note);
    }

    /** Requests the staff member may decide now: their roles, their branch (or any, from head office), not their own. */
    @Transactional(readOnly = true)
    public Page<ApprovalRequest> inbox(StaffPrincipal staff, Pageable pageable) {
        Set<String> roles = staff.roles().stream().map(Role::name).collect(Collectors.toSet());
        if (roles.isEmpty()) {
            return Page.empty(pageable);
        }
        String where = " where status = 'PENDING' and expires_at > :now and approving_role in (:roles)"
                + " and requested_by <> :me and (branch_id is null or :anyBranch or branch_id = :branch)";
        Map<String, Object> params = Map.of("now", Timestamp.from(clock.instant()), "roles", roles,
                "me", staff.username(), "anyBranch", !staff.branchScoped(), "branch", staff.branchId());
        return page(where, params, pageable);
    }

    /** What the staff member asked for, in any state. */
    @Transactional(readOnly = true)
    public Page<ApprovalRequest> requestedBy(String username, Pageable pageable) {
        return page(" where requested_by = :me", Map.of("me", username), pageable);
    }

    @Transactional(readOnly = true)
    public long countInbox(StaffPrincipal staff) {
        return inbox(staff, Pageable.ofSize(1)).getTotalElements();
    }

    /** Marks overdue requests expired and tells their handlers; answers how many expired. */
    @Transactional
    public int expireOverdue() {
        List<ApprovalRequest> overdue = jdbc.sql("""
                        update platform_approval_request set status = 'EXPIRED', decided_at = :now
                        where status = 'PENDING' and expires_at <= :now returning\s""" + COLUMNS)
                .param("now", Timestamp.from(clock.instant()))
                .query(ApprovalService::request).list();
        overdue.forEach(request -> {
            ApprovalDecision decision = new ApprovalDecision(request.id(), request.requestedBy(), null, null);
            notifyHandler(request, decision, false);
            events.publishEvent(new ApprovalDecided(request.id(), request.type(), "EXPIRED", null));
        });
        return overdue.size();
    }

    private void decide(long id, String status, String note) {
        StaffPrincipal checker = CurrentStaff.require();
        ApprovalRequest request = jdbc.sql("select " + COLUMNS + " from platform_approval_request where id = ?")
                .param(id).query(ApprovalService::request).optional()
                .orElseThrow(() -> new ApprovalRefused("platform.approval.notFound"));
        if (request.requestedBy().equals(checker.username())) {
            throw new ApprovalRefused("platform.approval.ownRequest");
        }
        if (!checker.hasRole(Role.valueOf(request.approvingRole()))) {
            throw new ApprovalRefused("platform.approval.wrongRole");
        }
        if (request.branchId() != null && checker.branchScoped() && request.branchId() != checker.branchId()) {
            throw new ApprovalRefused("platform.approval.otherBranch");
        }
        Instant now = clock.instant();
        if (!request.expiresAt().isAfter(now)) {
            throw new ApprovalRefused("platform.approval.expired");
        }
        int changed = jdbc.sql("""
                        update platform_approval_request set status = ?, decided_by = ?, decided_at = ?,
                            decision_note = ?, version = version + 1
                        where id = ? and status = 'PENDING'""")
                .params(status, checker.username(), Timestamp.from(now), note, id).update();
        if (changed == 0) {
            throw new ApprovalRefused("platform.approval.alreadyDecided");
        }
        ApprovalDecision decision = new ApprovalDecision(id, request.requestedBy(), checker.username(), note);
        notifyHandler(request, decision, "APPROVED".equals(status));
        audit.record(AuditRecord.change("platform.approval." + status.toLowerCase(java.util.Locale.ROOT),
                "ApprovalRequest", id, Map.of("status", "PENDING"), Map.of("status", status)));
        events.publishEvent(new ApprovalDecided(id, request.type(), status, checker.username()));
    }

    private <P> void notifyHandler(ApprovalRequest request, ApprovalDecision decision, boolean approved) {
        @SuppressWarnings("unchecked")
        ApprovalHandler<P> handler = (ApprovalHandler<P>) handler(request.type());
        P payload = json.readValue(request.payload(), handler.payloadType());
        if (approved) {
            handler.approved(payload, decision);
        } else {
            handler.rejected(payload, decision);
        }
    }

    private ApprovalHandler<?> handler(String type) {
        ApprovalHandler<?> handler = handlers.get(type);
        if (handler == null) {
            throw new IllegalArgumentException("No approval handler for type " + type);
        }
        return handler;
    }

    private Page<ApprovalRequest> page(String where, Map<String, Object> params, Pageable pageable) {
        long total = jdbc.sql("select count(*) from platform_approval_request" + where).params(params)
                .query(Long.class).single();
        List<ApprovalRequest> rows = jdbc.sql("select " + COLUMNS + " from platform_approval_request" + where
                        + " order by requested_at desc, id desc limit " + pageable.getPageSize()
                        + " offset " + pageable.getOffset())
                .params(params).query(ApprovalService::request).list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static ApprovalRequest request(ResultSet row, int number) throws SQLException {
        return new ApprovalRequest(row.getLong("id"), row.getString("type"), row.getString("subject"),
                row.getString("payload"), row.getString("approving_role"), row.getString("requested_by"),
                row.getString("reason"), row.getString("status"), instant(row, "requested_at"),
                instant(row, "expires_at"), row.getString("decided_by"), instant(row, "decided_at"),
                row.getString("decision_note"), row.getObject("branch_id", Long.class), row.getString("link"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
