package org.opencounter.orders.fee;

import java.math.BigDecimal;
import java.util.Optional;

import org.opencounter.clients.TradingAccount;

/**
 * A client's commission rate as the commission page shows it.
 *
 * @param negotiated the client's own rate, or null when the client pays the schedule's default
 */
public record CommissionStanding(TradingAccount account, BigDecimal negotiated, CommissionBounds bounds,
                                 Optional<CommissionChange> pending) {

    /** The rate the client's trades pay now. */
    public BigDecimal effective() {
        return negotiated == null ? bounds.defaultRate() : negotiated;
    }
}
