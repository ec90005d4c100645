package org.opencounter.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** The latest price of a security and the previous close it moves against. */
public record Quote(String code, BigDecimal price, BigDecimal prevClose, Instant updatedAt, boolean simulated) {

    /** Change against the previous close, in percent with two decimals. */
    public BigDecimal changePercent() {
        return price.subtract(prevClose).multiply(BigDecimal.valueOf(100)).divide(prevClose, 2, RoundingMode.HALF_UP);
    }
}
