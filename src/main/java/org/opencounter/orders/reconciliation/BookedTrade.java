package org.opencounter.orders.reconciliation;

import java.math.BigDecimal;

import org.opencounter.orders.Side;

/** A trade as the counter booked it, with what reconciliation compares. */
public record BookedTrade(String execId, String clientOrderId, String code, Side side, long quantity,
                          BigDecimal price) {
}
