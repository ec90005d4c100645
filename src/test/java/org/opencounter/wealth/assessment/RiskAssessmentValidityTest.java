package org.opencounter.wealth.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.RiskCategory;

/** A result is valid for 24 months (house rule): through the day before the same date two years on. */
class RiskAssessmentValidityTest {

    @Test
    void aResultTakenOnTheSecondOfDecemberHoldsThroughTheFirstTwoYearsLater() {
        assertThat(RiskAssessment.validUntil(LocalDate.parse("2024-12-02"), 24)).isEqualTo("2026-12-01");
    }

    @Test
    void itIsValidOnItsLastDayAndNotTheDayAfter() {
        RiskAssessment assessment = taken(LocalDate.parse("2026-12-01"));

        assertThat(assessment.validOn(LocalDate.parse("2026-11-30"))).isTrue();
        assertThat(assessment.validOn(LocalDate.parse("2026-12-01"))).isTrue();
        assertThat(assessment.validOn(LocalDate.parse("2026-12-02"))).isFalse();
    }

    @Test
    void aLeapDayResultEndsBeforeTheLastDayOfFebruary() {
        // 2026 has no 29 February: the anniversary falls on the 28th, so the result holds through the 27th
        assertThat(RiskAssessment.validUntil(LocalDate.parse("2024-02-29"), 24)).isEqualTo("2026-02-27");
    }

    static RiskAssessment taken(LocalDate validUntil) {
        return new RiskAssessment(1, 1, 1, 50, RiskCategory.C3, false, InvestmentHorizon.MEDIUM, Set.of(), "advisor",
                Instant.parse("2024-12-02T02:00:00Z"), validUntil);
    }
}
