package org.opencounter.margin.trading;

/**
 * The accounts credit cash moves between: the client's available and frozen credit cash, and the counterparties of
 * its movements.
 */
enum CreditCashAccount {
    AVAILABLE, FROZEN, BANK, CLEARING, FINANCING, INTEREST;

    /** Whether the account is the client's cash, which the credit account's balance counts. */
    boolean clients() {
        return this == AVAILABLE || this == FROZEN;
    }
}
