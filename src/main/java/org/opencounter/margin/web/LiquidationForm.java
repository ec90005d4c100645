package org.opencounter.margin.web;

import org.opencounter.platform.IdempotentForm;

/** A risk officer's proposal of a forced liquidation: why; the plan itself is worked out from the books. */
public class LiquidationForm extends IdempotentForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
