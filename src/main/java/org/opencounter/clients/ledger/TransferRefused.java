package org.opencounter.clients.ledger;

import org.opencounter.platform.Refusal;

/** A bank transfer the rules do not allow, with the figures for the translated reason. */
public class TransferRefused extends Refusal {

    public TransferRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
