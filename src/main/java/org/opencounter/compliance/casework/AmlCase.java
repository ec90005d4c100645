package org.opencounter.compliance.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case as its page shows it.
 *
 * @param dueDate the report deadline: a large-value alert's, or 5 working days after suspicion was confirmed
 */
public record AmlCase(long id, String reference, long clientId, String clientName, long branchId, CaseStatus status,
                      ReportKind reportKind, LocalDate dueDate, String openedBy, Instant openedAt,
                      String filingReason, String filingRequestedBy, Instant filingRequestedAt,
                      String closingReason, String closedBy, Instant closedAt, int alerts) {

    public boolean overdueOn(LocalDate today) {
        return status.underWay() && dueDate != null && today.isAfter(dueDate);
    }
}
