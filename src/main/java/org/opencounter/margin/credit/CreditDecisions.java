package org.opencounter.margin.credit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk officer's decision on a credit application, carried out in the approval's transaction: approved, the
 * margin contract opens; rejected, nothing does. Apart from {@link CreditApplications}, which submits the approvals.
 */
@Service
@Transactional
class CreditDecisions {

    private final MarginContracts contracts;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CreditDecisions(MarginContracts contracts, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.contracts = contracts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    MarginContract approve(long id, String decidedBy) {
        return contracts.open(decide(id, CreditApplicationStatus.APPROVED, decidedBy), decidedBy);
    }

    void reject(long id, String decidedBy) {
        decide(id, CreditApplicationStatus.REJECTED, decidedBy);
    }

    private CreditApplication decide(long id, CreditApplicationStatus status, String decidedBy) {
        CreditApplication decided = jdbc.sql("update margin_credit_application set status = ?, decided_by = ?,"
                        + " decided_at = ? where id = ? and status = 'PENDING' returning " + CreditApplication.COLUMNS)
                .params(status.name(), decidedBy, Timestamp.from(clock.instant()), id)
                .query(CreditApplication::of).optional()
                .orElseThrow(() -> new MarginRefused(null, "margin.credit.alreadyDecided"));
        audit.record(AuditRecord.change("margin.credit." + status.name().toLowerCase(Locale.ROOT),
                CreditApplications.ENTITY, id, Map.of("status", CreditApplicationStatus.PENDING),
                Map.of("status", status)));
        return decided;
    }
}
