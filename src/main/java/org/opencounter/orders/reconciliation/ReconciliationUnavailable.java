package org.opencounter.orders.reconciliation;

import org.opencounter.platform.Refusal;

/** A reconciliation that cannot run for the day asked: no trade file, or one that does not read. */
public class ReconciliationUnavailable extends Refusal {

    public ReconciliationUnavailable(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
