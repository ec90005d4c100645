package org.opencounter.clients.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A journal entry as a client's cash history shows it, with its effect on the client's available cash. */
public record JournalEntryView(long id, JournalKind kind, BigDecimal amount, BigDecimal availableChange,
                               LocalDate businessDate, String memo, boolean flaggedLarge, Long reversesEntryId,
                               String createdBy, Instant createdAt, boolean reversed) {

    /** Whether a reversal may be asked for: not a reversal itself, and not reversed already. */
    public boolean reversible() {
        return kind != JournalKind.REVERSAL && !reversed;
    }
}
