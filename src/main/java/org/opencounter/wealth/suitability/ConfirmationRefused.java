package org.opencounter.wealth.suitability;

import org.opencounter.wealth.WealthRefusal;

/** A risk warning confirmation that cannot be recorded; the message key says why. */
public class ConfirmationRefused extends WealthRefusal {

    public ConfirmationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
