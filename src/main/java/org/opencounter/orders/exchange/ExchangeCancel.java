package org.opencounter.orders.exchange;

import org.opencounter.orders.Side;

/** A request to cancel the rest of an order. */
public record ExchangeCancel(String clientOrderId, String code, Side side, long quantity) {
}
