package org.opencounter.wealth.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a campaign went: its leads, what staff made of them, the conversions and what they bought. */
public record CampaignResults(long leads, long contacted, long declined, long converted, BigDecimal sales) {

    /** converted / leads, to four places; zero without leads. */
    public BigDecimal conversionRate() {
        return leads == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(converted).divide(BigDecimal.valueOf(leads), 4, RoundingMode.HALF_UP);
    }
}
