package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.Instant;

/** An order passed its checks and went (or waits for approval to go) to the exchange. */
public record OrderPlaced(long orderId, String clientOrderId, long clientId, long branchId, String code, Side side,
                          OrderType type, long quantity, BigDecimal price, Instant at) {
}
