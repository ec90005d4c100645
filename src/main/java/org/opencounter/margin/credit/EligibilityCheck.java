package org.opencounter.margin.credit;

/**
 * One eligibility condition of a credit application, with the client's figure and the requirement it was held
 * against, as the credit officer sees them (average daily assets 612,345.00 against 500,000.00): amounts are
 * BigDecimal, days LocalDate, categories RiskCategory, counts Long; a figure the system lacks is null.
 */
public record EligibilityCheck(Condition condition, boolean passed, Object figure, Object requirement) {

    /** The conditions of the exchange rules and the house rules. */
    public enum Condition {
        TRADING_EXPERIENCE,
        AVERAGE_ASSETS,
        RISK_CATEGORY,
        NO_DEFAULTS,
        ACCOUNT_ACTIVE
    }
}
