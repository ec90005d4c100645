package org.opencounter.wealth.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A class beyond 5 percentage points from its target calls for a review; exactly 5 does not. */
class DriftTest {

    static final Weights TARGET = Weights.ofPercent(10, 40, 40, 10);

    static List<Drift.ClassDrift> drift(String cash, String fixedIncome, String equity, String alternative) {
        Weights current = new Weights(Map.of(AssetClass.CASH, new BigDecimal(cash),
                AssetClass.FIXED_INCOME, new BigDecimal(fixedIncome), AssetClass.EQUITY, new BigDecimal(equity),
                AssetClass.ALTERNATIVE, new BigDecimal(alternative)));
        return Drift.of(TARGET, current, Drift.DEFAULT_THRESHOLD_POINTS);
    }

    @Test
    void exactlyFivePointsIsNotBeyond() {
        List<Drift.ClassDrift> drifts = drift("0.10", "0.35", "0.45", "0.10");

        assertThat(drifts).extracting(Drift.ClassDrift::points).extracting(BigDecimal::toPlainString)
                .containsExactly("0.00", "-5.00", "5.00", "0.00");
        assertThat(Drift.reviewNeeded(drifts)).isFalse();
    }

    @Test
    void onePointOverFiveIsBeyond() {
        List<Drift.ClassDrift> drifts = drift("0.10", "0.3499", "0.4501", "0.10");

        assertThat(drifts.get(2).points()).isEqualByComparingTo("5.01");
        assertThat(drifts.get(2).beyond()).isTrue();
        assertThat(Drift.reviewNeeded(drifts)).isTrue();
    }

    @Test
    void holdingsByValueBecomeWeightsThatAddUpToOne() {
        Weights current = Weights.ofValues(Map.of(AssetClass.CASH, new BigDecimal("100000.00"),
                AssetClass.EQUITY, new BigDecimal("200000.00")));

        assertThat(current.of(AssetClass.CASH)).isEqualByComparingTo("0.333333");
        assertThat(current.of(AssetClass.EQUITY)).isEqualByComparingTo("0.666667");
        assertThat(current.of(AssetClass.FIXED_INCOME)).isEqualByComparingTo("0");
    }

    @Test
    void nothingHeldCountsAsAllCash() {
        assertThat(Weights.ofValues(Map.of()).of(AssetClass.CASH)).isEqualByComparingTo("1");
    }

    @Test
    void weightsMustAddUpToAHundredPercent() {
        assertThatThrownBy(() -> Weights.ofPercent(10, 40, 40, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
