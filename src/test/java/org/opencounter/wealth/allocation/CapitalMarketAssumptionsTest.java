package org.opencounter.wealth.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The plan's expected return and volatility from the class assumptions, with the domain reference's example. */
class CapitalMarketAssumptionsTest {

    /** Equity 8% / 20%, fixed income 4% / 30% (the reference's σ₁ and σ₂), uncorrelated; cash 2% / 0. */
    static final CapitalMarketAssumptions TWO_ASSETS = new CapitalMarketAssumptions(
            Map.of(AssetClass.CASH, new BigDecimal("0.02"), AssetClass.EQUITY, new BigDecimal("0.08"),
                    AssetClass.FIXED_INCOME, new BigDecimal("0.04")),
            Map.of(AssetClass.EQUITY, new BigDecimal("0.20"), AssetClass.FIXED_INCOME, new BigDecimal("0.30")),
            Map.of());

    @Test
    void theMinimumVarianceWeightOfTwentyAgainstThirtyPercentIs6923() {
        assertThat(CapitalMarketAssumptions.minimumVarianceWeight(new BigDecimal("0.20"), new BigDecimal("0.30")))
                .isEqualByComparingTo("0.6923");
    }

    @Test
    void atThatWeightThePortfolioSwingsBy1664Percent() {
        Weights minimum = new Weights(Map.of(AssetClass.EQUITY, new BigDecimal("0.6923"),
                AssetClass.FIXED_INCOME, new BigDecimal("0.3077")));

        assertThat(TWO_ASSETS.volatility(minimum)).isEqualByComparingTo("0.1664");
    }

    @Test
    void theExpectedReturnIsTheWeightedSum() {
        // 10% cash × 2% + 40% fixed income × 4% + 50% equity × 8% = 5.8%
        assertThat(TWO_ASSETS.expectedReturn(Weights.ofPercent(10, 40, 50, 0))).isEqualByComparingTo("0.0580");
    }

    @Test
    void correlationRaisesVolatility() {
        CapitalMarketAssumptions correlated = new CapitalMarketAssumptions(TWO_ASSETS.expectedReturns(),
                TWO_ASSETS.volatilities(), Map.of(CapitalMarketAssumptions.pair(AssetClass.FIXED_INCOME,
                AssetClass.EQUITY), BigDecimal.ONE));
        Weights half = Weights.ofPercent(0, 50, 50, 0);

        // fully correlated: the weighted sum of volatilities, 0.5 × 30% + 0.5 × 20% = 25%
        assertThat(correlated.volatility(half)).isEqualByComparingTo("0.2500");
        // uncorrelated: √(0.25 × 0.09 + 0.25 × 0.04) = √0.0325 = 18.03%
        assertThat(TWO_ASSETS.volatility(half)).isEqualByComparingTo("0.1803");
    }

    @Test
    void allCashDoesNotSwing() {
        assertThat(TWO_ASSETS.volatility(Weights.ofPercent(100, 0, 0, 0))).isEqualByComparingTo("0");
    }
}
