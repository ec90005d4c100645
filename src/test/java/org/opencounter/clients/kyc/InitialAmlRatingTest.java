package org.opencounter.clients.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencounter.clients.AmlRisk;

class InitialAmlRatingTest {

    private static InitialAmlRating.Factors factors(boolean institution, boolean foreignId, boolean foreignTax,
                                                    boolean unusualFunds, boolean sensitive, boolean thirdParty) {
        return new InitialAmlRating.Factors(institution, foreignId, foreignTax, unusualFunds, sensitive, thirdParty);
    }

    @Test
    void noFactorIsLow() {
        assertThat(InitialAmlRating.of(factors(false, false, false, false, false, false))).isEqualTo(AmlRisk.LOW);
    }

    @Test
    void onePointIsStillLow() {
        assertThat(InitialAmlRating.of(factors(true, false, false, false, false, false))).isEqualTo(AmlRisk.LOW);
    }

    @Test
    void twoPointsAreMedium() {
        assertThat(InitialAmlRating.of(factors(false, false, false, false, false, true))).isEqualTo(AmlRisk.MEDIUM);
    }

    @Test
    void threePointsAreStillMedium() {
        assertThat(InitialAmlRating.points(factors(true, true, true, false, false, false))).isEqualTo(3);
        assertThat(InitialAmlRating.of(factors(true, true, true, false, false, false))).isEqualTo(AmlRisk.MEDIUM);
    }

    @Test
    void fourPointsAreHigh() {
        assertThat(InitialAmlRating.of(factors(false, false, false, true, true, true))).isEqualTo(AmlRisk.HIGH);
    }

    @Test
    void reviewIntervalsAreSixMonthsOneYearThreeYears() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(AmlRisk.HIGH.nextReviewAfter(day)).isEqualTo(LocalDate.of(2027, 5, 24));
        assertThat(AmlRisk.MEDIUM.nextReviewAfter(day)).isEqualTo(LocalDate.of(2027, 11, 24));
        assertThat(AmlRisk.LOW.nextReviewAfter(day)).isEqualTo(LocalDate.of(2029, 11, 24));
    }
}
