package org.opencounter.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A day's limit prices: previous close × (1 ± limit), each rounded half-up to the tick, computed in BigDecimal
 * (10.05 at 10% gives 11.06 / 9.05; in double 10.05 × 1.1 is 11.055000000000001).
 * A band without limits stands for the first trading days after a listing.
 */
public record PriceBand(BigDecimal lower, BigDecimal upper) {

    public static final PriceBand UNLIMITED = new PriceBand(null, null);

    public static PriceBand of(BigDecimal previousClose, BigDecimal limit, BigDecimal tick) {
        int scale = tick.stripTrailingZeros().scale();
        BigDecimal up = previousClose.multiply(BigDecimal.ONE.add(limit));
        BigDecimal down = previousClose.multiply(BigDecimal.ONE.subtract(limit));
        return new PriceBand(roundToTick(down, tick, scale), roundToTick(up, tick, scale));
    }

    public boolean limited() {
        return lower != null;
    }

    /** Whether a price lies inside the band, both limits included. */
    public boolean admits(BigDecimal price) {
        return !limited() || (price.compareTo(lower) >= 0 && price.compareTo(upper) <= 0);
    }

    /** The price moved into the band. */
    public BigDecimal clamp(BigDecimal price) {
        if (!limited()) {
            return price;
        }
        return price.max(lower).min(upper);
    }

    private static BigDecimal roundToTick(BigDecimal price, BigDecimal tick, int scale) {
        return price.divide(tick, 0, RoundingMode.HALF_UP).multiply(tick).setScale(scale, RoundingMode.UNNECESSARY);
    }
}
