package org.opencounter.wealth.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * A household earning 300,000 and spending 180,000 a year, with 120,000 in cash, 200,000 in bonds, 180,000 in
 * equity and a 3,000,000 home, owing 1,200,000 on the mortgage and 50,000 elsewhere.
 */
class FinancialSituationTest {

    static FinancialSituation household(String income, String expenses, String cash) {
        return new FinancialSituation(new BigDecimal(income), new BigDecimal(expenses), new BigDecimal(cash),
                new BigDecimal("200000.00"), new BigDecimal("180000.00"), new BigDecimal("3000000.00"),
                BigDecimal.ZERO, new BigDecimal("1200000.00"), new BigDecimal("50000.00"));
    }

    static final FinancialSituation FAMILY = household("300000.00", "180000.00", "120000.00");

    @Test
    void assetsLiabilitiesAndNetWorth() {
        assertThat(FAMILY.totalAssets()).isEqualByComparingTo("3500000.00");
        assertThat(FAMILY.totalLiabilities()).isEqualByComparingTo("1250000.00");
        assertThat(FAMILY.netWorth()).isEqualByComparingTo("2250000.00");
    }

    @Test
    void savesFortyPercentOfIncome() {
        assertThat(FAMILY.savingsRate()).isEqualByComparingTo("0.4000");
    }

    @Test
    void owesAThirdOfItsAssetsRoundedToFourPlaces() {
        // 1,250,000 / 3,500,000 = 0.357142… → 0.3571
        assertThat(FAMILY.debtRatio()).isEqualByComparingTo("0.3571");
    }

    @Test
    void cashCoversEightMonthsOfExpenses() {
        assertThat(FAMILY.reserveMonths()).isEqualByComparingTo("8.0");
    }

    @Test
    void spendingMoreThanItEarnsGivesANegativeSavingsRate() {
        assertThat(household("100000.00", "120000.00", "0").savingsRate()).isEqualByComparingTo("-0.2000");
    }

    @Test
    void withoutIncomeOrExpensesTheRatiosAreUnknown() {
        FinancialSituation none = household("0", "0", "0");
        assertThat(none.savingsRate()).isNull();
        assertThat(none.reserveMonths()).isNull();
    }
}
