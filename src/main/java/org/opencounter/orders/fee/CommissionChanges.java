package org.opencounter.orders.fee;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Carries out the branch manager's decision on a commission change, inside the approval's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CommissionChanges {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CommissionChanges(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The approved rate becomes the client's; trades from now on pay it. */
    void apply(long changeId, String decidedBy) {
        CommissionChange change = lockPending(changeId);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into orders_commission_rate (client_id, rate, set_by, set_at) values (?, ?, ?, ?)
                        on conflict (client_id) do update set rate = excluded.rate, set_by = excluded.set_by,
                            set_at = excluded.set_at""")
                .params(change.clientId(), change.newRate(), decidedBy, Timestamp.from(now)).update();
        decide(changeId, "APPLIED", decidedBy, now);
        audit.record(AuditRecord.change("orders.commission.apply", CommissionRates.ENTITY, change.clientId(),
                CommissionRates.rateOf(change.oldRate()), CommissionRates.rateOf(change.newRate())));
    }

    void reject(long changeId, String decidedBy) {
        lockPending(changeId);
        decide(changeId, "REJECTED", decidedBy, clock.instant());
    }

    private CommissionChange lockPending(long changeId) {
        CommissionChange change = jdbc.sql("select " + CommissionChange.COLUMNS
                        + " from orders_commission_change where id = ? for update").param(changeId)
                .query(CommissionChange::of).optional()
                .orElseThrow(() -> new CommissionRefused("orders.commission.notPending"));
        if (!"PENDING".equals(change.status())) {
            throw new CommissionRefused("orders.commission.notPending");
        }
        return change;
    }

    private void decide(long changeId, String status, String decidedBy, Instant now) {
        jdbc.sql("update orders_commission_change set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status, decidedBy, Timestamp.from(now), changeId).update();
    }
}
