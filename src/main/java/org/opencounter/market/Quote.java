package org.opencounter.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** The latest price of a security and the previous close it moves against. */
public record Quote(String code, BigDecimal price, BigDecimal prevClose, Instant updatedAt, boolean simulated) {

    /**
     * The previous close that today's price band starts from: a quote last moved before today already is
     * yesterday's close.
     */
    public BigDecimal previousCloseOn(java.time.LocalDate today) {
        boolean fromEarlierDay = updatedAt.atZone(TradingCalendar.SHANGHAI).toLocalDate().isBefore(today);
        return fromEarlierDay ? price : prevClose;
    }

    /** Change against the previous close, in percent with two decimals. */
    public BigDecimal changePercent() {
        return price.subtract(prevClose).multiply(BigDecimal.valueOf(100)).divide(prevClose, 2, RoundingMode.HALF_UP);
    }
}
