package org.opencounter.wealth.needs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A household's finances as the adviser recorded them (yearly income and expenses, assets by class, liabilities),
 * with the ratios a plan reads: net worth, savings rate, debt ratio and the months of expenses that cash covers.
 */
public record FinancialSituation(BigDecimal annualIncome, BigDecimal annualExpenses, BigDecimal cashDeposits,
                                 BigDecimal fixedIncome, BigDecimal equity, BigDecimal realEstate,
                                 BigDecimal otherAssets, BigDecimal mortgage, BigDecimal otherLiabilities) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public BigDecimal totalAssets() {
        return cashDeposits.add(fixedIncome).add(equity).add(realEstate).add(otherAssets);
    }

    public BigDecimal totalLiabilities() {
        return mortgage.add(otherLiabilities);
    }

    public BigDecimal netWorth() {
        return totalAssets().subtract(totalLiabilities());
    }

    /** (income − expenses) / income, as a fraction to four places; null without income. */
    public BigDecimal savingsRate() {
        return annualIncome.signum() == 0 ? null
                : annualIncome.subtract(annualExpenses).divide(annualIncome, 4, RoundingMode.HALF_UP);
    }

    /** Liabilities / assets, as a fraction to four places; null without assets. */
    public BigDecimal debtRatio() {
        BigDecimal assets = totalAssets();
        return assets.signum() == 0 ? null : totalLiabilities().divide(assets, 4, RoundingMode.HALF_UP);
    }

    /** How many months of expenses the cash deposits cover, to one place; null without expenses. */
    public BigDecimal reserveMonths() {
        return annualExpenses.signum() == 0 ? null
                : cashDeposits.multiply(MONTHS).divide(annualExpenses, 1, RoundingMode.HALF_UP);
    }
}
