package org.opencounter.margin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.wealth.RiskCategory;

class CreditEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static CreditEligibility.Facts facts(LocalDate firstTrade, String assets, RiskCategory category,
                                                 long defaults) {
        return new CreditEligibility.Facts(TODAY, firstTrade, new BigDecimal(assets), category, defaults, true);
    }

    private static EligibilityCheck check(CreditEligibility.Facts facts, EligibilityCheck.Condition condition) {
        return CreditEligibility.check(facts).stream().filter(c -> c.condition() == condition).findFirst()
                .orElseThrow();
    }

    @Test
    void sixMonthsToTheDayIsEnoughExperienceAndADayLessIsNot() {
        assertThat(check(facts(LocalDate.of(2026, 6, 7), "500000.00", RiskCategory.C4, 0),
                EligibilityCheck.Condition.TRADING_EXPERIENCE).passed()).isTrue();
        assertThat(check(facts(LocalDate.of(2026, 6, 8), "500000.00", RiskCategory.C4, 0),
                EligibilityCheck.Condition.TRADING_EXPERIENCE).passed()).isFalse();
        assertThat(check(facts(null, "500000.00", RiskCategory.C4, 0),
                EligibilityCheck.Condition.TRADING_EXPERIENCE).passed()).isFalse();
    }

    @Test
    void averageAssetsOf500000AreEnoughAndOneCentLessIsNot() {
        EligibilityCheck enough = check(facts(LocalDate.of(2025, 1, 2), "500000.00", RiskCategory.C4, 0),
                EligibilityCheck.Condition.AVERAGE_ASSETS);
        EligibilityCheck short1 = check(facts(LocalDate.of(2025, 1, 2), "499999.99", RiskCategory.C4, 0),
                EligibilityCheck.Condition.AVERAGE_ASSETS);

        assertThat(enough.passed()).isTrue();
        assertThat(short1.passed()).isFalse();
        assertThat(short1.figure()).isEqualTo(new BigDecimal("499999.99"));
        assertThat(short1.requirement()).isEqualTo(new BigDecimal("500000.00"));
    }

    @Test
    void aC4OrC5AssessmentIsNeededAndC3IsNotEnough() {
        assertThat(check(facts(LocalDate.of(2025, 1, 2), "800000", RiskCategory.C4, 0),
                EligibilityCheck.Condition.RISK_CATEGORY).passed()).isTrue();
        assertThat(check(facts(LocalDate.of(2025, 1, 2), "800000", RiskCategory.C5, 0),
                EligibilityCheck.Condition.RISK_CATEGORY).passed()).isTrue();
        assertThat(check(facts(LocalDate.of(2025, 1, 2), "800000", RiskCategory.C3, 0),
                EligibilityCheck.Condition.RISK_CATEGORY).passed()).isFalse();
        assertThat(check(facts(LocalDate.of(2025, 1, 2), "800000", null, 0),
                EligibilityCheck.Condition.RISK_CATEGORY).passed()).isFalse();
    }

    @Test
    void oneDefaultRecordIsOneTooMany() {
        List<EligibilityCheck> clean = CreditEligibility.check(
                facts(LocalDate.of(2025, 1, 2), "800000", RiskCategory.C4, 0));
        List<EligibilityCheck> defaulted = CreditEligibility.check(
                facts(LocalDate.of(2025, 1, 2), "800000", RiskCategory.C4, 1));

        assertThat(CreditEligibility.eligible(clean)).isTrue();
        assertThat(CreditEligibility.eligible(defaulted)).isFalse();
    }
}
