package org.opencounter.orders.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.opencounter.orders.position.Holding;

/**
 * A position at the close of the statement's last day, at that day's closing price. The cost is unknown (null) for
 * a day that settled after later trades had already changed it; the price is unknown when the security has none.
 */
public record StatementPosition(String code, String name, long quantity, BigDecimal cost, BigDecimal closePrice) {

    /**
     * Valued as holdings are ({@link Holding#marketValue(long, BigDecimal, BigDecimal)}); zero when neither the
     * price nor the cost is known.
     */
    public BigDecimal marketValue() {
        return Holding.marketValue(quantity, closePrice, cost == null ? BigDecimal.ZERO : cost);
    }

    /** Cost per share; null when the cost is unknown. */
    public BigDecimal averageCost() {
        return cost == null ? null : cost.divide(BigDecimal.valueOf(quantity), 4, RoundingMode.HALF_UP);
    }

    /** Market value less cost; null when the cost is unknown. */
    public BigDecimal unrealisedPnl() {
        return cost == null ? null : marketValue().subtract(cost.setScale(2, RoundingMode.HALF_UP));
    }
}
