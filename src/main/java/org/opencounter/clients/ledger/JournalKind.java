package org.opencounter.clients.ledger;

/** What a journal entry records. Interest and margin entries join as the modules that cause them arrive. */
public enum JournalKind {
    BANK_TRANSFER_IN, BANK_TRANSFER_OUT, REVERSAL, ORDER_FREEZE, ORDER_RELEASE, TRADE_BUY, TRADE_SELL,
    /** The firm's net settlement of a trade date with the clearing house; no client account. */
    CSDC_SETTLEMENT,
    /** A catalogue product bought or sold back (认购/申购, 赎回) through the client's cash. */
    PRODUCT_SUBSCRIPTION, PRODUCT_REDEMPTION
}
