package org.opencounter.orders.position;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A holding valued at a price: market value = quantity × price, unrealised P&L = market value − cost, and the P&L as a
 * share of cost. Without a price the holding is valued at its cost.
 *
 * @param price the latest price, or null when the security has no quote
 */
public record Holding(String code, String name, long quantity, long sellable, long frozen, BigDecimal cost,
                      BigDecimal price) {

    public BigDecimal averageCost() {
        return quantity == 0 ? BigDecimal.ZERO : cost.divide(BigDecimal.valueOf(quantity), 3, RoundingMode.HALF_UP);
    }

    public BigDecimal marketValue() {
        return marketValue(quantity, price, cost);
    }

    /** Quantity × price to the fen; without a price, the cost (what the holding is valued at). */
    public static BigDecimal marketValue(long quantity, BigDecimal price, BigDecimal cost) {
        return price == null ? cost.setScale(2, RoundingMode.HALF_UP)
                : price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal unrealisedPnl() {
        return marketValue().subtract(cost).setScale(2, RoundingMode.HALF_UP);
    }

    /** Unrealised P&L over cost, as a fraction (0.1234 = 12.34%); zero when nothing was paid. */
    public BigDecimal pnlRatio() {
        return cost.signum() == 0 ? BigDecimal.ZERO : unrealisedPnl().divide(cost, 4, RoundingMode.HALF_UP);
    }
}
