package org.opencounter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the firm's own records say of a client's standing as an investor on a day, for the eligibility rules of
 * trading permissions and margin contracts.
 *
 * @param accountActive  whether the client and the fund account may trade (active or dormant)
 * @param averageAssets  the exact average of the closing assets (cash and securities) over the averaging days
 * @param daysAveraged   the trading days averaged over (20, fewer only at the start of the calendar)
 * @param firstTrade     the client's first trade booked with the firm, or null
 */
public record InvestorStanding(long clientId, LocalDate asOf, boolean accountActive, boolean institution,
                               BigDecimal averageAssets, int daysAveraged, LocalDate firstTrade) {

    /** The average in cents, rounded down so that a shown figure never flatters a failed check. */
    public BigDecimal averageAssetsShown() {
        return averageAssets.setScale(2, java.math.RoundingMode.DOWN);
    }
}
