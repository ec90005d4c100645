package org.opencounter.wealth.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskCategory;

/**
 * A client's assessed risk tolerance: the questionnaire version answered, the score and category, the horizon and
 * varieties the client stated, and the last day the result may be relied on.
 */
public record RiskAssessment(long id, long clientId, int questionnaireVersion, int score, RiskCategory category,
                             boolean knockedOut, InvestmentHorizon horizon, Set<InvestmentVariety> varieties,
                             String assessedBy, Instant assessedAt, LocalDate validUntil) {

    /** The last day a result taken on one day stays valid: the day before the same date so many months later. */
    public static LocalDate validUntil(LocalDate assessedOn, int validityMonths) {
        return assessedOn.plusMonths(validityMonths).minusDays(1);
    }

    /** Whether the result may still be relied on that day; from the next day a new assessment is due. */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}
