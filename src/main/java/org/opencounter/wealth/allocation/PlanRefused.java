package org.opencounter.wealth.allocation;

import org.opencounter.platform.Refusal;

/** An allocation plan or review that cannot be made; the message key says why. */
public class PlanRefused extends Refusal {

    public PlanRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
