package org.opencounter.clients;

/**
 * The cash side of trading, posted to the client's ledger: freezing for buy orders, releasing what an order no
 * longer needs, paying for purchases out of the frozen cash and receiving sale proceeds. Callers hold the account
 * lock ({@link TradingAccounts#lockForTrading}) and run inside their transaction.
 */
public interface TradeCash {

    CashBalances balances(long fundAccountId);

    /** Moves cash from available to frozen; refuses with {@link InsufficientCash} when available is short. */
    void freeze(CashMovement movement);

    /** Moves cash from frozen back to available. */
    void release(CashMovement movement);

    /** Pays a purchase and its fees out of frozen cash: the value and the taxes to the clearing house, the commission to the firm. */
    void payPurchase(TradeCashFlow trade);

    /** Credits a sale's proceeds less its fees to available cash; they are withdrawable from the next trading day. */
    void receiveSale(TradeCashFlow trade);
}
