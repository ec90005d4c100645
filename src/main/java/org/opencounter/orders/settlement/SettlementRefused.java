package org.opencounter.orders.settlement;

import org.opencounter.platform.Refusal;

/** A settlement run that may not start now; the message key and its arguments say why. */
public class SettlementRefused extends Refusal {

    public SettlementRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
