package org.opencounter.wealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InvestmentHorizonTest {

    @ParameterizedTest(name = "{0} months is {1}")
    @CsvSource({"0, SHORT", "12, SHORT", "13, MEDIUM", "60, MEDIUM", "61, LONG", "120, LONG"})
    void aTermNeedsTheHorizonOfItsBand(int months, InvestmentHorizon horizon) {
        assertThat(InvestmentHorizon.ofMonths(months)).isEqualTo(horizon);
    }

    @Test
    void aNegativeTermIsRefused() {
        assertThatThrownBy(() -> InvestmentHorizon.ofMonths(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHorizonCoversItselfAndShorterOnes() {
        assertThat(InvestmentHorizon.MEDIUM.covers(InvestmentHorizon.SHORT)).isTrue();
        assertThat(InvestmentHorizon.MEDIUM.covers(InvestmentHorizon.MEDIUM)).isTrue();
        assertThat(InvestmentHorizon.MEDIUM.covers(InvestmentHorizon.LONG)).isFalse();
    }
}
