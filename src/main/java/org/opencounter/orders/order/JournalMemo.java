package org.opencounter.orders.order;

import java.math.BigDecimal;

import org.opencounter.orders.Side;

/**
 * What an order's cash movements say in the client's journal and statements (摘要), in the firm's language, since
 * they are kept as written: the order number, then what happened.
 */
public final class JournalMemo {

    private JournalMemo() {
    }

    /** "委托 261125000001 冻结": cash set aside for an order. */
    public static String freeze(Order order) {
        return "委托 " + order.getClientOrderId() + " 冻结";
    }

    /** "委托 261125000001 解冻": cash the order no longer needs. */
    public static String release(Order order) {
        return "委托 " + order.getClientOrderId() + " 解冻";
    }

    /** "委托 261125000001 买入 600036 1000股 @10.00": one trade of the order. */
    public static String trade(Order order, long quantity, BigDecimal price) {
        return "委托 " + order.getClientOrderId() + " " + (order.getSide() == Side.BUY ? "买入" : "卖出") + " "
                + order.getCode() + " " + quantity + "股 @" + shown(price);
    }

    /** Two decimals, or three for a fund's tick: 10.0000 as 10.00, 1.2340 as 1.234. */
    private static String shown(BigDecimal price) {
        return price.setScale(Math.max(2, price.stripTrailingZeros().scale())).toPlainString();
    }
}
