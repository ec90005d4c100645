package org.opencounter.wealth;

/**
 * The kinds of investment a client says they want (拟投资品种) and that a product is: fixed income (bonds, money-market
 * and bond funds), equity (stocks, equity and hybrid funds), alternatives (commodities, gold, REITs) and complex
 * products (structured notes, derivatives, leverage).
 */
public enum InvestmentVariety {
    FIXED_INCOME, EQUITY, ALTERNATIVE, COMPLEX
}
