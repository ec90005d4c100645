package org.opencounter.wealth.suitability;

import org.opencounter.platform.Refusal;

/** A risk warning confirmation that cannot be recorded; the message key says why. */
public class ConfirmationRefused extends Refusal {

    public ConfirmationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
