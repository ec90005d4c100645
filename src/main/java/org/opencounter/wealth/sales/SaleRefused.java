package org.opencounter.wealth.sales;

import org.opencounter.platform.Refusal;

/** A subscription or redemption that cannot be booked; the message key and figures say why. */
public class SaleRefused extends Refusal {

    public SaleRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
