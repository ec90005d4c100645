package org.opencounter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published when a bank transfer brings a client's transfers of the day to the large-value threshold or above, so
 * compliance can screen it for a large-value report.
 *
 * @param direction {@code IN} or {@code OUT}
 * @param dayTotal  the client's bank transfers in both directions that day, this one included
 */
public record LargeCashTransferFlagged(long clientId, long branchId, String fundAccountNumber, long journalEntryId,
                                       String direction, BigDecimal amount, BigDecimal dayTotal,
                                       LocalDate businessDate) {
}
