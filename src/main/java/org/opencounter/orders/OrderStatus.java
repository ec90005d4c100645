package org.opencounter.orders;

/** An order's life: waiting for approval or the exchange, open, filled, or ended without (all) filling. */
public enum OrderStatus {
    PENDING_APPROVAL, SUBMITTED, NEW, PARTIALLY_FILLED, FILLED, CANCEL_REQUESTED, CANCELED, REJECTED, EXPIRED;

    /** Still able to fill or to be canceled. */
    public boolean open() {
        return this == PENDING_APPROVAL || this == SUBMITTED || this == NEW || this == PARTIALLY_FILLED
                || this == CANCEL_REQUESTED;
    }
}
