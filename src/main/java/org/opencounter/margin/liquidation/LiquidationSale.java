package org.opencounter.margin.liquidation;

import java.math.BigDecimal;

import org.opencounter.orders.OrderProgress;
import org.opencounter.orders.Side;

/**
 * One line of a plan: shares to sell, or (a buy) to buy back for a lending debt, at the price the plan was worked out
 * at, with the expected fees, and the order that carries it out with how far it got.
 */
public record LiquidationSale(int position, Side side, String code, long quantity, BigDecimal price,
                              BigDecimal value, BigDecimal fees, Long orderId, OrderProgress progress) {

    /** What a sale brings in after fees, or what a buy-back costs with them, as a negative amount. */
    public BigDecimal expectedProceeds() {
        return side == Side.SELL ? value.subtract(fees) : value.add(fees).negate();
    }
}
