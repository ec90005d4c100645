package org.opencounter.wealth.product;

import org.opencounter.platform.Refusal;

/** A catalogue change that cannot be made; the message key and figures say why. */
public class ProductRefused extends Refusal {

    public ProductRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
