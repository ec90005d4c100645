package org.opencounter.margin.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

/**
 * The house internal credit score (内部评分, 0–100) from what the credit investigation found: average daily assets up
 * to 30 points, years of trading up to 20, the debt ratio (liabilities / total assets) up to 25, annual income up to
 * 15, and 10 for a clean external credit report.
 */
public final class CreditScore {

    private CreditScore() {
    }

    /** The investigation's figures on the day of the score. */
    public record Findings(LocalDate today, BigDecimal averageAssets, LocalDate firstTrade, BigDecimal annualIncome,
                           BigDecimal totalAssets, BigDecimal liabilities, int externalDefaults) {
    }

    public static int of(Findings findings) {
        return assets(findings.averageAssets()) + experience(findings.firstTrade(), findings.today())
                + debtRatio(findings.liabilities(), findings.totalAssets()) + income(findings.annualIncome())
                + (findings.externalDefaults() == 0 ? 10 : 0);
    }

    static int assets(BigDecimal average) {
        return atLeast(average, "5000000") ? 30 : atLeast(average, "2000000") ? 25 : atLeast(average, "1000000") ? 20
                : atLeast(average, "500000") ? 15 : 0;
    }

    static int experience(LocalDate firstTrade, LocalDate today) {
        if (firstTrade == null || firstTrade.isAfter(today)) {
            return 0;
        }
        int months = (int) Period.between(firstTrade, today).toTotalMonths();
        return months >= 60 ? 20 : months >= 36 ? 15 : months >= 12 ? 10 : months >= 6 ? 5 : 0;
    }

    /** A client with no assets declared has no ratio to show and scores nothing here. */
    static int debtRatio(BigDecimal liabilities, BigDecimal totalAssets) {
        if (totalAssets.signum() <= 0) {
            return 0;
        }
        BigDecimal ratio = liabilities.divide(totalAssets, 6, RoundingMode.HALF_UP);
        return notAbove(ratio, "0.20") ? 25 : notAbove(ratio, "0.40") ? 18 : notAbove(ratio, "0.60") ? 10 : 0;
    }

    static int income(BigDecimal annual) {
        return atLeast(annual, "1000000") ? 15 : atLeast(annual, "500000") ? 12 : atLeast(annual, "200000") ? 8 : 4;
    }

    private static boolean atLeast(BigDecimal amount, String floor) {
        return amount.compareTo(new BigDecimal(floor)) >= 0;
    }

    private static boolean notAbove(BigDecimal ratio, String ceiling) {
        return ratio.compareTo(new BigDecimal(ceiling)) <= 0;
    }
}
