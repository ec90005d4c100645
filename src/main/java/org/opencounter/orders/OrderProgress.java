package org.opencounter.orders;

import java.math.BigDecimal;

/** How far an order has got: its status, what has filled and for how much, and why it was refused, if it was. */
public record OrderProgress(long orderId, String clientOrderId, OrderStatus status, long quantity,
                            long filledQuantity, BigDecimal filledAmount, String rejectionKey) {

    public boolean ended() {
        return !status.open();
    }
}
