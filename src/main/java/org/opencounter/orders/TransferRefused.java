package org.opencounter.orders;

import org.opencounter.platform.Refusal;

/** A securities transfer out of the ordinary account that the position cannot give: fewer shares are sellable. */
public class TransferRefused extends Refusal {

    public TransferRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
