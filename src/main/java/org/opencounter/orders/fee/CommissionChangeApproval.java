package org.opencounter.orders.fee;

import org.opencounter.platform.ChangeApproval;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A branch manager decides a client's new commission rate. */
@Component
class CommissionChangeApproval extends ChangeApproval<CommissionChangeApproval.Payload> {

    static final String TYPE = "orders.commission-change";

    /** The change decided. */
    public record Payload(long changeId) {
    }

    private final CommissionChanges changes;

    CommissionChangeApproval(CommissionChanges changes) {
        super(TYPE, Payload.class, Role.BRANCH_MANAGER);
        this.changes = changes;
    }

    @Override
    protected void apply(Payload payload, String decidedBy) {
        changes.apply(payload.changeId(), decidedBy);
    }

    @Override
    protected void reject(Payload payload, String decidedBy) {
        changes.reject(payload.changeId(), decidedBy);
    }
}
