package org.opencounter.margin.liquidation;

import java.math.BigDecimal;

import org.opencounter.orders.OrderProgress;

/**
 * One sale of a plan: the shares to sell at the price the plan was worked out at, its expected fees, and the order
 * that carries it out with how far it got.
 */
public record LiquidationSale(int position, String code, long quantity, BigDecimal price, BigDecimal value,
                              BigDecimal fees, Long orderId, OrderProgress progress) {

    public BigDecimal expectedProceeds() {
        return value.subtract(fees);
    }
}
