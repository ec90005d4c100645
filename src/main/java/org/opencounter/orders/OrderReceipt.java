package org.opencounter.orders;

import java.util.List;

/**
 * What became of a request to place an order.
 *
 * @param duplicate true when the idempotency key had placed this order before
 */
public record OrderReceipt(long orderId, String clientOrderId, OrderStatus status, String rejectionKey,
                           List<String> figures, boolean duplicate) {

    public boolean rejected() {
        return status == OrderStatus.REJECTED;
    }
}
