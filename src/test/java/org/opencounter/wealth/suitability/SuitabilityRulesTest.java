package org.opencounter.wealth.suitability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounter.wealth.Fit;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.RiskLevel;
import org.opencounter.wealth.VerdictReason;
import org.opencounter.wealth.assessment.RiskAssessment;

/**
 * The suitability matrix C1–R1, C2–R1..R2, C3–R1..R3, C4–R1..R4, C5–R1..R5, the lowest category rule, professional
 * investors and products, and the assessment's validity, with the horizon and varieties the client stated.
 */
class SuitabilityRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    static final Set<InvestmentVariety> EVERY_VARIETY = EnumSet.allOf(InvestmentVariety.class);

    static RiskAssessment assessed(RiskCategory category, InvestmentHorizon horizon, Set<InvestmentVariety> varieties,
                                   LocalDate validUntil) {
        return new RiskAssessment(7, 1, 1, 50, category, false, horizon, varieties, "advisor",
                Instant.parse("2025-01-01T02:00:00Z"), validUntil);
    }

    static RiskAssessment assessed(RiskCategory category) {
        return assessed(category, InvestmentHorizon.LONG, EVERY_VARIETY, LocalDate.parse("2027-01-01"));
    }

    static SuitabilityRules.Offer offer(RiskLevel level) {
        return new SuitabilityRules.Offer(level, InvestmentHorizon.SHORT, InvestmentVariety.EQUITY, false);
    }

    static SuitabilityRules.Judgement ordinary(RiskAssessment assessment, SuitabilityRules.Offer offer) {
        return SuitabilityRules.judge(new SuitabilityRules.Investor(false, assessment), offer, TODAY);
    }

    static Stream<Arguments> everyPair() {
        return Stream.of(RiskCategory.values()).flatMap(category -> Stream.of(RiskLevel.values()).map(level -> {
            Fit expected = level.rank() <= category.rank() ? Fit.MATCH
                    : category == RiskCategory.C1 ? Fit.FORBIDDEN : Fit.WARNING;
            return Arguments.of(category, level, expected);
        }));
    }

    @ParameterizedTest(name = "{0} buying {1}: {2}")
    @MethodSource("everyPair")
    void everyCategoryAgainstEveryLevel(RiskCategory category, RiskLevel level, Fit expected) {
        assertThat(ordinary(assessed(category), offer(level)).fit()).isEqualTo(expected);
    }

    @Test
    void theMatrixBoundaryIsInclusive() {
        assertThat(ordinary(assessed(RiskCategory.C3), offer(RiskLevel.R3)).fit()).isEqualTo(Fit.MATCH);
        assertThat(ordinary(assessed(RiskCategory.C3), offer(RiskLevel.R4)).fit()).isEqualTo(Fit.WARNING);
        assertThat(ordinary(assessed(RiskCategory.C3), offer(RiskLevel.R2)).fit()).isEqualTo(Fit.MATCH);
    }

    @Test
    void aMatchSaysWhichLevelFitsWhichCategory() {
        assertThat(ordinary(assessed(RiskCategory.C3), offer(RiskLevel.R2)).reasons())
                .containsExactly(VerdictReason.of("wealth.reason.matched", "R2", "C3"));
    }

    @Test
    void aMismatchNamesTheLevelTheCategoryAndItsCeiling() {
        assertThat(ordinary(assessed(RiskCategory.C2), offer(RiskLevel.R4)).reasons())
                .containsExactly(VerdictReason.of("wealth.reason.riskAbove", "R4", "C2", "R2"));
    }

    @Test
    void theLowestCategoryMayNeverBuyAboveR1() {
        SuitabilityRules.Judgement judgement = ordinary(assessed(RiskCategory.C1), offer(RiskLevel.R2));

        assertThat(judgement.fit()).isEqualTo(Fit.FORBIDDEN);
        assertThat(judgement.reasons()).containsExactly(
                VerdictReason.of("wealth.reason.lowestCategory", "R2", "C1", "R1"));
    }

    @Test
    void theLowestCategoryMayStillBeWarnedOnHorizonAlone() {
        RiskAssessment shortC1 = assessed(RiskCategory.C1, InvestmentHorizon.SHORT, EVERY_VARIETY,
                LocalDate.parse("2027-01-01"));
        SuitabilityRules.Offer longR1 = new SuitabilityRules.Offer(RiskLevel.R1, InvestmentHorizon.LONG,
                InvestmentVariety.FIXED_INCOME, false);

        assertThat(ordinary(shortC1, longR1).fit()).isEqualTo(Fit.WARNING);
    }

    @Test
    void professionalOnlyProductsAreForbiddenToOrdinaryInvestors() {
        SuitabilityRules.Offer professionalOnly = new SuitabilityRules.Offer(RiskLevel.R3, InvestmentHorizon.SHORT,
                InvestmentVariety.EQUITY, true);

        SuitabilityRules.Judgement judgement = ordinary(assessed(RiskCategory.C5), professionalOnly);

        assertThat(judgement.fit()).isEqualTo(Fit.FORBIDDEN);
        assertThat(judgement.reasons()).extracting(VerdictReason::key).containsExactly("wealth.reason.professionalOnly");
    }

    @Test
    void professionalInvestorsAreNotMatchedAndMayBuyProfessionalOnlyProducts() {
        SuitabilityRules.Offer professionalOnly = new SuitabilityRules.Offer(RiskLevel.R5, InvestmentHorizon.LONG,
                InvestmentVariety.COMPLEX, true);

        SuitabilityRules.Judgement judgement = SuitabilityRules.judge(new SuitabilityRules.Investor(true, null),
                professionalOnly, TODAY);

        assertThat(judgement.fit()).isEqualTo(Fit.MATCH);
        assertThat(judgement.reasons()).extracting(VerdictReason::key).containsExactly("wealth.reason.professional");
    }

    @Test
    void anOrdinaryInvestorWithoutAnAssessmentMayBuyNothing() {
        SuitabilityRules.Judgement judgement = ordinary(null, offer(RiskLevel.R1));

        assertThat(judgement.fit()).isEqualTo(Fit.FORBIDDEN);
        assertThat(judgement.reasons()).extracting(VerdictReason::key).containsExactly("wealth.reason.noAssessment");
    }

    @Test
    void anAssessmentHoldsOnItsLastDay() {
        RiskAssessment lastDay = assessed(RiskCategory.C3, InvestmentHorizon.LONG, EVERY_VARIETY, TODAY);

        assertThat(ordinary(lastDay, offer(RiskLevel.R1)).fit()).isEqualTo(Fit.MATCH);
    }

    @Test
    void anExpiredAssessmentBlocksEvenAnR1Product() {
        RiskAssessment expiredYesterday = assessed(RiskCategory.C5, InvestmentHorizon.LONG, EVERY_VARIETY,
                TODAY.minusDays(1));

        SuitabilityRules.Judgement judgement = ordinary(expiredYesterday, offer(RiskLevel.R1));

        assertThat(judgement.fit()).isEqualTo(Fit.FORBIDDEN);
        assertThat(judgement.reasons()).containsExactly(VerdictReason.of("wealth.reason.expired", "2026-12-01"));
    }

    @Test
    void aProductLongerThanTheClientsHorizonNeedsAWarning() {
        RiskAssessment medium = assessed(RiskCategory.C4, InvestmentHorizon.MEDIUM, EVERY_VARIETY,
                LocalDate.parse("2027-01-01"));

        assertThat(ordinary(medium, new SuitabilityRules.Offer(RiskLevel.R2, InvestmentHorizon.MEDIUM,
                InvestmentVariety.EQUITY, false)).fit()).isEqualTo(Fit.MATCH);
        SuitabilityRules.Judgement longer = ordinary(medium, new SuitabilityRules.Offer(RiskLevel.R2,
                InvestmentHorizon.LONG, InvestmentVariety.EQUITY, false));
        assertThat(longer.fit()).isEqualTo(Fit.WARNING);
        assertThat(longer.reasons()).containsExactly(VerdictReason.of("wealth.reason.horizonLonger",
                "#wealth.horizon.LONG", "#wealth.horizon.MEDIUM"));
    }

    @Test
    void aVarietyTheClientDidNotChooseNeedsAWarning() {
        RiskAssessment fixedIncomeOnly = assessed(RiskCategory.C4, InvestmentHorizon.LONG,
                EnumSet.of(InvestmentVariety.FIXED_INCOME), LocalDate.parse("2027-01-01"));

        SuitabilityRules.Judgement judgement = ordinary(fixedIncomeOnly, offer(RiskLevel.R3));

        assertThat(judgement.fit()).isEqualTo(Fit.WARNING);
        assertThat(judgement.reasons()).containsExactly(VerdictReason.of("wealth.reason.varietyNotChosen",
                "#wealth.variety.EQUITY"));
    }

    @Test
    void forbiddingReasonsComeFirstAndWarningsAreKept() {
        RiskAssessment shortC1 = assessed(RiskCategory.C1, InvestmentHorizon.SHORT,
                EnumSet.of(InvestmentVariety.FIXED_INCOME), LocalDate.parse("2027-01-01"));
        SuitabilityRules.Offer longEquityR3 = new SuitabilityRules.Offer(RiskLevel.R3, InvestmentHorizon.LONG,
                InvestmentVariety.EQUITY, false);

        SuitabilityRules.Judgement judgement = ordinary(shortC1, longEquityR3);

        assertThat(judgement.fit()).isEqualTo(Fit.FORBIDDEN);
        assertThat(judgement.reasons()).extracting(VerdictReason::key).containsExactly("wealth.reason.lowestCategory",
                "wealth.reason.horizonLonger", "wealth.reason.varietyNotChosen");
    }
}
