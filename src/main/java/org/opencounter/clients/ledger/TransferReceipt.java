package org.opencounter.clients.ledger;

import java.math.BigDecimal;

/**
 * What a bank transfer did.
 *
 * @param repeated true when the same request had already been posted and nothing moved this time
 */
public record TransferReceipt(long journalEntryId, BigDecimal amount, boolean flaggedLarge, boolean repeated) {
}
