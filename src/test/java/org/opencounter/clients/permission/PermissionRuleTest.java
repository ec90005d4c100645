package org.opencounter.clients.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.clients.TradingPermission;

/** The board permission thresholds (创业板 10万, 科创板 / 北交所 50万, 24 months) at and either side of the edge. */
class PermissionRuleTest {

    @Test
    void chiNextNeedsOneHundredThousandOnAverage() {
        PermissionRule rule = PermissionRule.of(TradingPermission.CHINEXT);
        assertThat(rule.assetsMet(new BigDecimal("100000.00"))).isTrue();
        assertThat(rule.assetsMet(new BigDecimal("99999.99"))).isFalse();
        assertThat(rule.assetsMet(new BigDecimal("100000.01"))).isTrue();
        assertThat(rule.assetsMet(new BigDecimal("99999.9995"))).as("no rounding up to the threshold").isFalse();
    }

    @Test
    void starAndBseNeedFiveHundredThousandOnAverage() {
        for (TradingPermission board : List.of(TradingPermission.STAR, TradingPermission.BSE)) {
            PermissionRule rule = PermissionRule.of(board);
            assertThat(rule.assetsMet(new BigDecimal("500000.00"))).isTrue();
            assertThat(rule.assetsMet(new BigDecimal("499999.99"))).isFalse();
            assertThat(rule.assetsMet(new BigDecimal("500000.01"))).isTrue();
        }
    }

    @Test
    void averageDividesByTwentyExactlyCountingMissingDaysAsNothing() {
        List<BigDecimal> days = new ArrayList<>(Collections.nCopies(19, new BigDecimal("100000.00")));
        days.add(new BigDecimal("99999.99"));
        assertThat(PermissionRule.average(days)).isEqualByComparingTo("99999.9995");
        assertThat(PermissionRule.average(List.of(new BigDecimal("2000000.00")))).as("one day of 20 with assets")
                .isEqualByComparingTo("100000.00");
        assertThat(PermissionRule.average(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void twentyFourMonthsOfExperienceAreReachedOnTheSameDayTwoYearsOn() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(PermissionRule.experienced(LocalDate.of(2024, 11, 25), today)).isTrue();
        assertThat(PermissionRule.experienced(LocalDate.of(2024, 11, 26), today)).isFalse();
        assertThat(PermissionRule.experienced(LocalDate.of(2024, 11, 24), today)).isTrue();
        assertThat(PermissionRule.experienced(null, today)).as("never traded").isFalse();
    }

    @Test
    void aLeapDayFirstTradeCountsFromTheEndOfFebruary() {
        assertThat(PermissionRule.experiencedFrom(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void institutionsAreNotHeldToTheFiguresButMustBeInGoodStanding() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        Eligibility institution = new Eligibility(TradingPermission.STAR, today, true, true, BigDecimal.ZERO, 20, null);
        assertThat(institution.eligible()).isTrue();
        Eligibility frozen = new Eligibility(TradingPermission.STAR, today, false, true, BigDecimal.ZERO, 20, null);
        assertThat(frozen.eligible()).isFalse();
    }

    @Test
    void theShownAverageNeverRoundsUpToTheThreshold() {
        Eligibility eligibility = new Eligibility(TradingPermission.CHINEXT, LocalDate.of(2026, 11, 25), true, false,
                new BigDecimal("99999.9995"), 20, LocalDate.of(2020, 1, 2));
        assertThat(eligibility.averageAssetsShown()).isEqualByComparingTo("99999.99");
        assertThat(eligibility.eligible()).isFalse();
    }
}
