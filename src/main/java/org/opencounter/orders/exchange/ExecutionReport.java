package org.opencounter.orders.exchange;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the exchange reports about an order (FIX ExecutionReport): accepted, a trade, canceled, rejected, or a cancel
 * refused. The execution id is unique per report, so a report received twice is recognised.
 *
 * @param lastQuantity  the shares of this trade (TRADE only)
 * @param lastPrice     the price of this trade (TRADE only)
 */
public record ExecutionReport(String execId, String clientOrderId, String exchangeOrderId, Kind kind,
                              long lastQuantity, BigDecimal lastPrice, String text, Instant at) {

    public enum Kind {
        NEW, TRADE, CANCELED, REJECTED, CANCEL_REJECTED
    }
}
