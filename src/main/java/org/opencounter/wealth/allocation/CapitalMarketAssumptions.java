package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What the firm assumes of each asset class (house assumptions, reviewed yearly): the expected yearly return, the
 * volatility, and the correlation between classes. A plan's expected return is the weighted sum of the returns; its
 * volatility is √(Σᵢ Σⱼ wᵢ wⱼ σᵢ σⱼ ρᵢⱼ).
 *
 * @param correlations ρ for each pair of different classes, keyed by {@link #pair}; a missing pair is 0
 */
public record CapitalMarketAssumptions(Map<AssetClass, BigDecimal> expectedReturns,
                                       Map<AssetClass, BigDecimal> volatilities,
                                       Map<String, BigDecimal> correlations) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public static String pair(AssetClass a, AssetClass b) {
        return a.ordinal() < b.ordinal() ? a + "/" + b : b + "/" + a;
    }

    public BigDecimal correlation(AssetClass a, AssetClass b) {
        return a == b ? BigDecimal.ONE : correlations.getOrDefault(pair(a, b), BigDecimal.ZERO);
    }

    /** Σ wᵢ μᵢ, to four places. */
    public BigDecimal expectedReturn(Weights weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (AssetClass asset : AssetClass.values()) {
            sum = sum.add(weights.of(asset).multiply(expectedReturns.getOrDefault(asset, BigDecimal.ZERO)));
        }
        return sum.setScale(4, RoundingMode.HALF_UP);
    }

    /** √(Σᵢ Σⱼ wᵢ wⱼ σᵢ σⱼ ρᵢⱼ), to four places. */
    public BigDecimal volatility(Weights weights) {
        BigDecimal variance = BigDecimal.ZERO;
        for (AssetClass a : AssetClass.values()) {
            for (AssetClass b : AssetClass.values()) {
                variance = variance.add(weights.of(a).multiply(weights.of(b))
                        .multiply(volatilities.getOrDefault(a, BigDecimal.ZERO))
                        .multiply(volatilities.getOrDefault(b, BigDecimal.ZERO)).multiply(correlation(a, b)));
            }
        }
        return variance.max(BigDecimal.ZERO).sqrt(PRECISION).setScale(4, RoundingMode.HALF_UP);
    }

    /**
     * The weight of the first of two uncorrelated assets that gives the least variance: σ₂² / (σ₁² + σ₂²), to four
     * places (σ₁ 20%, σ₂ 30% → 69.23%).
     */
    public static BigDecimal minimumVarianceWeight(BigDecimal sigma1, BigDecimal sigma2) {
        BigDecimal v1 = sigma1.pow(2);
        BigDecimal v2 = sigma2.pow(2);
        return v2.divide(v1.add(v2), 4, RoundingMode.HALF_UP);
    }
}
