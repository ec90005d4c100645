package org.opencounter.wealth.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** 10,000.00 into a bond fund at a 1.5% fee and a NAV of 1.2345; 1,000 units of it redeemed. */
class SaleFiguresTest {

    @Test
    void theFeeComesOutOfTheAmountAndTheRestBuysUnitsRoundedDown() {
        SaleFigures.Subscription figures = SaleFigures.subscription(new BigDecimal("10000.00"),
                new BigDecimal("0.015000"), new BigDecimal("1.2345"));

        assertThat(figures.fee()).isEqualByComparingTo("150.00");
        assertThat(figures.invested()).isEqualByComparingTo("9850.00");
        // 9,850.00 / 1.2345 = 7,978.93884… → 7,978.9388
        assertThat(figures.units()).isEqualByComparingTo("7978.9388");
    }

    @Test
    void aFeeRoundsHalfUpToTheCent() {
        // 333.33 × 1.5% = 4.99995 → 5.00
        assertThat(SaleFigures.subscription(new BigDecimal("333.33"), new BigDecimal("0.015"), BigDecimal.ONE).fee())
                .isEqualByComparingTo("5.00");
    }

    @Test
    void redemptionPaysUnitsTimesNavRoundedDownToTheCent() {
        assertThat(SaleFigures.redemptionProceeds(new BigDecimal("1000"), new BigDecimal("1.2345")))
                .isEqualByComparingTo("1234.50");
        // 0.0001 × 1.2345 = 0.00012345 → 0.00: nothing to pay
        assertThat(SaleFigures.redemptionProceeds(new BigDecimal("0.0001"), new BigDecimal("1.2345")))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void theCostLeavesInProportionAndAllOfItWithTheLastUnit() {
        // 10,000.00 × 1,000 / 7,978.9388 = 1,253.2998… → 1,253.30
        assertThat(SaleFigures.costRedeemed(new BigDecimal("10000.00"), new BigDecimal("7978.9388"),
                new BigDecimal("1000"))).isEqualByComparingTo("1253.30");
        assertThat(SaleFigures.costRedeemed(new BigDecimal("10000.00"), new BigDecimal("7978.9388"),
                new BigDecimal("7978.9388"))).isEqualByComparingTo("10000.00");
    }
}
