package org.opencounter.orders.reconciliation;

import java.math.BigDecimal;

import org.opencounter.orders.Side;

/**
 * A difference between the exchange's trade file and the booked trades (对账差异). The exchange's and the counter's
 * figures are both kept; the side that has no such trade has nulls.
 */
public record TradeBreak(Kind kind, String execId, String clientOrderId, String code, Side side,
                         Long exchangeQuantity, Long bookedQuantity, BigDecimal exchangePrice, BigDecimal bookedPrice) {

    public enum Kind {
        /** The exchange made the trade; the counter has not booked it. */
        MISSING,
        /** The counter booked a trade the exchange's file does not have. */
        EXTRA,
        /** Both have the trade with different quantities. */
        QUANTITY,
        /** Both have the trade at different prices. */
        PRICE,
        /** Both have the execution id for a different security, side or order. */
        MISMATCH,
        /** The exchange's file lists the execution id more than once. */
        DUPLICATE
    }
}
