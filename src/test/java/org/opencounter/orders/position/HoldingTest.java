package org.opencounter.orders.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class HoldingTest {

    @Test
    void valuesAtTheLatestPriceAndMeasuresThePnlAgainstCost() {
        // 1,000 bought at 35.20 with 9.15 of fees: cost 35,209.15; now 36.00.
        Holding holding = new Holding("600036", "招商银行", 1000, 1000, 0, new BigDecimal("35209.15"),
                new BigDecimal("36.00"));
        assertThat(holding.marketValue()).isEqualByComparingTo("36000.00");
        assertThat(holding.unrealisedPnl()).isEqualByComparingTo("790.85");
        assertThat(holding.pnlRatio()).isEqualByComparingTo("0.0225");
        assertThat(holding.averageCost()).isEqualByComparingTo("35.209");
    }

    @Test
    void aLossIsNegative() {
        Holding holding = new Holding("600036", "招商银行", 100, 100, 0, new BigDecimal("1005.00"),
                new BigDecimal("9.00"));
        assertThat(holding.unrealisedPnl()).isEqualByComparingTo("-105.00");
        assertThat(holding.pnlRatio()).isEqualByComparingTo("-0.1045");
    }

    @Test
    void withoutAPriceTheHoldingIsValuedAtCost() {
        Holding holding = new Holding("920001", "某北交所股", 100, 100, 0, new BigDecimal("1234.56"), null);
        assertThat(holding.marketValue()).isEqualByComparingTo("1234.56");
        assertThat(holding.unrealisedPnl()).isZero();
    }

    @Test
    void aFreeHoldingHasNoRatio() {
        Holding gifted = new Holding("600036", "招商银行", 100, 100, 0, BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(gifted.pnlRatio()).isZero();
        assertThat(gifted.unrealisedPnl()).isEqualByComparingTo("1000.00");
    }
}
