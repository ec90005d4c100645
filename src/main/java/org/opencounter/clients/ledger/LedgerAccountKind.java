package org.opencounter.clients.ledger;

/**
 * The accounts of the cash ledger. Client cash is a liability of the firm (credit-normal); the bank settlement
 * account, where client money sits at the depository bank, is an asset (debit-normal); the clearing account holds
 * what the firm owes the clearing house (CSDC) for purchases and is owed for sales until settlement; commission
 * income is the firm's revenue; the product settlement account holds what the firm passes on to product managers for
 * subscriptions, less the redemptions they pay back. The firm's accounts keep no running balance: theirs is the sum of
 * their lines.
 */
enum LedgerAccountKind {
    CLIENT_AVAILABLE(false), CLIENT_FROZEN(false), BANK_SETTLEMENT(true), CLEARING(true), COMMISSION_INCOME(false),
    PRODUCT_SETTLEMENT(false);

    private final boolean debitNormal;

    LedgerAccountKind(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /** A client's own account, whose balance is kept with each posting. */
    boolean keepsBalance() {
        return this == CLIENT_AVAILABLE || this == CLIENT_FROZEN;
    }

    /** How a line changes the account's balance in its normal direction. */
    java.math.BigDecimal change(java.math.BigDecimal debit, java.math.BigDecimal credit) {
        return debitNormal ? debit.subtract(credit) : credit.subtract(debit);
    }
}
