package org.opencounter.orders.settlement;

/** The steps of a settlement run, in the order they run; each may run again after a failure without doubling. */
public enum SettlementStep {
    /** Open day orders expire and give back what they froze. */
    EXPIRE,
    /** Shares bought up to the trade date become sellable. */
    POSITIONS,
    /** The day's trades are marked settled and their amounts and fees summed. */
    TRADES,
    /** What every client holds at the close, and the closing prices, kept for the statements. */
    SNAPSHOT,
    /** The net with the clearing house is settled out of the bank settlement account, once it matches the trades. */
    CASH,
    /** The ledger consistency check. */
    LEDGER,
    DONE
}
