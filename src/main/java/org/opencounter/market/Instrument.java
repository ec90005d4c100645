package org.opencounter.market;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What trading needs to know about a security: where it trades, its lot and tick, and whether it may trade. */
public record Instrument(String code, String name, String pinyinInitials, Exchange exchange, Board board,
                         SecurityType type, int lotSize, BigDecimal tickSize, boolean st, boolean suspended,
                         LocalDate listingDate, boolean tPlusZero) {

    /** Price decimals: 2 for stocks, 3 for funds. */
    public int priceScale() {
        return tickSize.stripTrailingZeros().scale();
    }

    /** Whether a price lies on the tick grid. */
    public boolean onTick(BigDecimal price) {
        return price.remainder(tickSize).signum() == 0;
    }
}
