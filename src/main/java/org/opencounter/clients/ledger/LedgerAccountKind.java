package org.opencounter.clients.ledger;

/**
 * The accounts of the cash ledger. Client cash is a liability of the firm (credit-normal); the bank settlement
 * account, where client money sits at the depository bank, is an asset (debit-normal).
 */
enum LedgerAccountKind {
    CLIENT_AVAILABLE(false), CLIENT_FROZEN(false), BANK_SETTLEMENT(true);

    private final boolean debitNormal;

    LedgerAccountKind(boolean debitNormal) {
        this.debitNormal = debitNormal;
    }

    /** How a line changes the account's balance in its normal direction. */
    java.math.BigDecimal change(java.math.BigDecimal debit, java.math.BigDecimal credit) {
        return debitNormal ? debit.subtract(credit) : credit.subtract(debit);
    }
}
