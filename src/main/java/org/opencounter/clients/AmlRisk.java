package org.opencounter.clients;

import java.time.LocalDate;
import java.time.Period;

/**
 * A client's money-laundering risk rating and how often their KYC is reviewed (house rule: 6 months, 1 year,
 * 3 years). Set at onboarding; compliance changes it through {@link AmlRatings}.
 */
public enum AmlRisk {
    LOW(Period.ofYears(3)),
    MEDIUM(Period.ofYears(1)),
    HIGH(Period.ofMonths(6));

    private final Period reviewInterval;

    AmlRisk(Period reviewInterval) {
        this.reviewInterval = reviewInterval;
    }

    public LocalDate nextReviewAfter(LocalDate day) {
        return day.plus(reviewInterval);
    }
}
