package org.opencounter.clients.ledger;

/** Bank-to-securities (银转证, in) or securities-to-bank (证转银, out). */
public enum TransferDirection {
    IN(JournalKind.BANK_TRANSFER_IN), OUT(JournalKind.BANK_TRANSFER_OUT);

    private final JournalKind journalKind;

    TransferDirection(JournalKind journalKind) {
        this.journalKind = journalKind;
    }

    JournalKind journalKind() {
        return journalKind;
    }
}
