package org.opencounter.orders.fee;

import org.opencounter.platform.ApprovalBlocked;
import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A branch manager decides a client's new commission rate. */
@Component
class CommissionChangeApproval implements ApprovalHandler<CommissionChangeApproval.Payload> {

    static final String TYPE = "orders.commission-change";

    /** The change decided. */
    public record Payload(long changeId) {
    }

    private final CommissionChanges changes;

    CommissionChangeApproval(CommissionChanges changes) {
        this.changes = changes;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<Payload> payloadType() {
        return Payload.class;
    }

    @Override
    public Role approvingRole() {
        return Role.BRANCH_MANAGER;
    }

    @Override
    public void approved(Payload payload, ApprovalDecision decision) {
        try {
            changes.apply(payload.changeId(), decision.decidedBy());
        } catch (CommissionRefused refused) {
            throw new ApprovalBlocked(refused.messageKey(), refused.arguments());
        }
    }

    @Override
    public void rejected(Payload payload, ApprovalDecision decision) {
        try {
            changes.reject(payload.changeId(), decision.decidedBy());
        } catch (CommissionRefused alreadyDecided) {
            // a change decided elsewhere stays as it was
        }
    }
}
