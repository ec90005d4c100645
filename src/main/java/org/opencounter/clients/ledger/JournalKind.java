package org.opencounter.clients.ledger;

/** What a journal entry records. Trade settlement, fees and interest join as the modules that cause them arrive. */
public enum JournalKind {
    BANK_TRANSFER_IN, BANK_TRANSFER_OUT, REVERSAL
}
