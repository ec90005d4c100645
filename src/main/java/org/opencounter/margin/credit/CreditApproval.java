package org.opencounter.margin.credit;

import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.ChangeApproval;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A risk officer reviews the credit officer's investigation: approved, the margin contract opens. */
@Component
class CreditApproval extends ChangeApproval<CreditApproval.Payload> {

    static final String TYPE = "margin.credit";

    /** The application decided. */
    public record Payload(long applicationId) {
    }

    private final CreditDecisions applications;

    CreditApproval(CreditDecisions applications) {
        super(TYPE, Payload.class, Role.RISK_OFFICER);
        this.applications = applications;
    }

    @Override
    protected void apply(Payload payload, String decidedBy) {
        applications.approve(payload.applicationId(), decidedBy);
    }

    @Override
    protected void reject(Payload payload, String decidedBy) {
        applications.reject(payload.applicationId(), decidedBy);
    }
}
