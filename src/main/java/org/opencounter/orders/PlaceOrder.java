package org.opencounter.orders;

import java.math.BigDecimal;

/**
 * A request to place an order for a client.
 *
 * @param price          the limit price, or a STAR market order's protection price; null for other market orders
 * @param idempotencyKey the same key twice places one order
 * @param credit         what the order does on the client's credit account; null for the ordinary account
 */
public record PlaceOrder(long clientId, String code, Side side, OrderType type, long quantity, BigDecimal price,
                         String idempotencyKey, CreditTrade credit) {

    public PlaceOrder {
        if (credit != null && credit.side() != side) {
            throw new IllegalArgumentException(credit + " is a " + credit.side() + ", not a " + side);
        }
    }

    /** An order on the client's ordinary account. */
    public PlaceOrder(long clientId, String code, Side side, OrderType type, long quantity, BigDecimal price,
                      String idempotencyKey) {
        this(clientId, code, side, type, quantity, price, idempotencyKey, null);
    }
}
