package org.opencounter.wealth.product;

import org.opencounter.wealth.WealthRefusal;

/** A catalogue change that cannot be made; the message key and figures say why. */
public class ProductRefused extends WealthRefusal {

    public ProductRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
