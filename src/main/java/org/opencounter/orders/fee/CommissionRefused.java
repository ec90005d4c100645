package org.opencounter.orders.fee;

import org.opencounter.platform.Refusal;

/** A commission change the rules refuse, with the message key of the translated reason and its figures. */
public class CommissionRefused extends Refusal {

    public CommissionRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
