package org.opencounter.margin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Financing buys halt at 25% of the free-float value and resume under 20%; here the float is worth 1,000,000. */
class FinancingConcentrationTest {

    private static FinancingConcentration balance(String balance) {
        return new FinancingConcentration(new BigDecimal(balance), new BigDecimal("1000000.00"));
    }

    @Test
    void haltsAtExactlyTwentyFivePercent() {
        assertThat(balance("250000.00").halted(false)).isTrue();
        assertThat(balance("250000.00").ratio()).isEqualByComparingTo("0.25");
        assertThat(balance("249999.99").halted(false)).isFalse();
    }

    @Test
    void staysHaltedDownToTwentyPercentAndResumesUnderIt() {
        assertThat(balance("240000.00").halted(true)).as("between the lines nothing changes").isTrue();
        assertThat(balance("200000.00").halted(true)).isTrue();
        assertThat(balance("199999.99").halted(true)).isFalse();
        assertThat(balance("240000.00").halted(false)).isFalse();
    }

    @Test
    void withoutAFloatValueTheStateStands() {
        FinancingConcentration unknown = new FinancingConcentration(new BigDecimal("1000.00"), BigDecimal.ZERO);
        assertThat(unknown.halted(true)).isTrue();
        assertThat(unknown.halted(false)).isFalse();
        assertThat(unknown.ratio()).isEqualByComparingTo("0");
    }
}
