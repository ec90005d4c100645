package org.opencounter.orders;

/** The order has filled or ended, or a cancel is already on its way. */
public class OrderNotCancellable extends RuntimeException {

    public OrderNotCancellable(String clientOrderId, OrderStatus status) {
        super("Order " + clientOrderId + " is " + status);
    }
}
