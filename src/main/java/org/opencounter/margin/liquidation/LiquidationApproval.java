package org.opencounter.margin.liquidation;

import org.opencounter.platform.ChangeApproval;
import org.opencounter.platform.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Another risk officer reviews a forced liquidation plan: approved, it is carried out at once. */
@Component
class LiquidationApproval extends ChangeApproval<LiquidationApproval.Payload> {

    static final String TYPE = "margin.liquidation";

    /** The plan decided. */
    public record Payload(long liquidationId) {
    }

    /** Looked up when a decision comes: carrying a plan out places orders, and order entry submits approvals. */
    private final ObjectProvider<Liquidations> liquidations;

    LiquidationApproval(ObjectProvider<Liquidations> liquidations) {
        super(TYPE, Payload.class, Role.RISK_OFFICER);
        this.liquidations = liquidations;
    }

    @Override
    protected void apply(Payload payload, String decidedBy) {
        liquidations.getObject().execute(payload.liquidationId(), decidedBy);
    }

    @Override
    protected void reject(Payload payload, String decidedBy) {
        liquidations.getObject().reject(payload.liquidationId(), decidedBy);
    }
}
