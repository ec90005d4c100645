package org.opencounter.clients.ledger;

/** The payload of a reversal's approval: which journal entry to reverse, of which client (the reason rides with it). */
public record ReversalRequest(long journalEntryId, long clientId) {
}
