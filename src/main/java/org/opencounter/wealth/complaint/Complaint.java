package org.opencounter.wealth.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint (投诉) with its handling: who handles it, the deadlines, the answer and compensation, the callback.
 *
 * @param adviser   the member of staff the complaint is about or who sold the product, if any
 * @param productId the catalogue product concerned, as it was when sold, if any
 */
public record Complaint(long id, String reference, long clientId, String clientName, long branchId,
                        ComplaintChannel channel, ComplaintCategory category, ComplaintSeverity severity,
                        String description, String adviser, Long productId, boolean regulatorReportable,
                        ComplaintStatus status, String handler, Instant receivedAt, LocalDate receivedOn,
                        LocalDate acknowledgeBy, Instant acknowledgedAt, LocalDate answerBy, boolean extended,
                        String rootCause, String resolution, BigDecimal compensation, LocalDate closedOn,
                        LocalDate callbackBy, Satisfaction satisfaction, Instant escalatedAt, int reopenedCount,
                        long version) {

    public boolean acknowledgeOverdue(LocalDate today) {
        return ComplaintDeadlines.overdue(acknowledgeBy, acknowledgedAt != null, today);
    }

    public boolean answerOverdue(LocalDate today) {
        return ComplaintDeadlines.overdue(answerBy, status == ComplaintStatus.CLOSED, today);
    }

    public boolean callbackOverdue(LocalDate today) {
        return status == ComplaintStatus.CLOSED
                && ComplaintDeadlines.overdue(callbackBy, satisfaction != null, today);
    }

    /** Whether any deadline has been missed. */
    public boolean overdue(LocalDate today) {
        return acknowledgeOverdue(today) || answerOverdue(today) || callbackOverdue(today);
    }

    /** Days from receipt to closing, for a closed complaint. */
    public Long daysToClose() {
        return closedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(receivedOn, closedOn);
    }
}
