package org.opencounter.margin.credit;

import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.ChangeApproval;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A risk officer reviews a proposed contract change: approved, it applies at once. */
@Component
class ContractChangeApproval extends ChangeApproval<ContractChangeApproval.Payload> {

    static final String TYPE = "margin.contract-change";

    /** The change decided. */
    public record Payload(long changeId) {
    }

    private final ContractLifecycle decisions;

    ContractChangeApproval(ContractLifecycle decisions) {
        super(TYPE, Payload.class, Role.RISK_OFFICER);
        this.decisions = decisions;
    }

    @Override
    protected void apply(Payload payload, String decidedBy) {
        decisions.apply(payload.changeId(), decidedBy);
    }

    @Override
    protected void reject(Payload payload, String decidedBy) {
        decisions.reject(payload.changeId(), decidedBy);
    }
}
