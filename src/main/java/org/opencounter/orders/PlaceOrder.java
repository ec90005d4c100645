package org.opencounter.orders;

import java.math.BigDecimal;

/**
 * A request to place an order for a client.
 *
 * @param price          the limit price, or a STAR market order's protection price; null for other market orders
 * @param idempotencyKey the same key twice places one order
 */
public record PlaceOrder(long clientId, String code, Side side, OrderType type, long quantity, BigDecimal price,
                         String idempotencyKey) {
}
