package org.opencounter.clients.permission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Carries out the branch manager's decision on a permission application, inside the approval's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PermissionGrants {

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    PermissionGrants(JdbcClient jdbc, TradingCalendar calendar, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Grants the approved application's permission on the figures the application recorded. */
    void grant(long applicationId, String decidedBy) {
        PermissionApplication application = lockPending(applicationId);
        Instant now = clock.instant();
        Eligibility seen = new Eligibility(application.board(), calendar.today(), true, false,
                application.averageAssets(), application.daysAveraged(), application.firstTrade());
        jdbc.sql("""
                        insert into clients_trading_permission (client_id, board, granted_at, granted_by, evidence)
                        values (?, ?, ?, ?, ?) on conflict (client_id, board) do nothing""")
                .params(application.clientId(), application.board().name(), Timestamp.from(now), decidedBy,
                        seen.evidence(applicationId))
                .update();
        decide(applicationId, "GRANTED", decidedBy, now);
        audit.record(AuditRecord.change("clients.permission.grant", TradingPermissions.ENTITY,
                application.clientId() + ":" + application.board(), null, seen.facts(applicationId)));
    }

    /** Closes a rejected application. */
    void reject(long applicationId, String decidedBy) {
        lockPending(applicationId);
        decide(applicationId, "REJECTED", decidedBy, clock.instant());
    }

    private PermissionApplication lockPending(long applicationId) {
        PermissionApplication application = jdbc.sql("select " + PermissionApplication.COLUMNS
                        + " from clients_permission_application where id = ? for update").param(applicationId)
                .query(PermissionApplication::of).optional()
                .orElseThrow(() -> new PermissionRefused("clients.permission.notPending"));
        if (!"PENDING".equals(application.status())) {
            throw new PermissionRefused("clients.permission.notPending");
        }
        return application;
    }

    private void decide(long applicationId, String status, String decidedBy, Instant now) {
        jdbc.sql("update clients_permission_application set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status, decidedBy, Timestamp.from(now), applicationId).update();
    }
}
