package org.opencounter.wealth.product;

import java.math.BigDecimal;
import java.time.Instant;

import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskLevel;

/**
 * A product of the catalogue with what suitability reads of it: risk level, term, variety and whether only
 * professional investors may buy it.
 *
 * @param horizonMonths   how long the money is bound (0: redeemable any day)
 * @param subscriptionFee the subscription fee as a fraction (0.015 = 1.5%)
 * @param managementFee   the yearly management fee as a fraction
 * @param nav             the latest net asset value per unit (单位净值)
 */
public record Product(long id, String code, String nameZh, String nameEn, ProductType type, InvestmentVariety variety,
                      String issuer, RiskLevel riskLevel, BigDecimal minimumInvestment, int horizonMonths,
                      BigDecimal subscriptionFee, BigDecimal managementFee, boolean professionalOnly,
                      ProductStatus status, BigDecimal nav, long version, String updatedBy,
                      Instant updatedAt) {

    public InvestmentHorizon horizon() {
        return InvestmentHorizon.ofMonths(horizonMonths);
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
