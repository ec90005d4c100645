package org.opencounter.clients;

import java.time.LocalDate;

/** Fund accounts' cash over a period, from the journal by business day, for the client statements (对账单). */
public interface CashStatements {

    /** The account's cash from the start of {@code from} to the end of {@code to}, both business days included. */
    CashStatement statement(long fundAccountId, LocalDate from, LocalDate to);
}
