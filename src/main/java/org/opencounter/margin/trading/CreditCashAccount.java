package org.opencounter.margin.trading;

/**
 * The accounts credit cash moves between: the client's available and frozen credit cash, the counterparties of its
 * movements, and ACCRUED, the interest the client owes, which accruals give to INTEREST and repayments settle. A
 * fill's commission passes from CLEARING to COMMISSION, the firm's income, so CLEARING keeps only what the clearing
 * house is owed or owes.
 */
enum CreditCashAccount {
    AVAILABLE, FROZEN, BANK, CLEARING, FINANCING, INTEREST, ACCRUED, COMMISSION;

    /** Whether the account is the client's cash, which the credit account's balance counts. */
    boolean clients() {
        return this == AVAILABLE || this == FROZEN;
    }
}
