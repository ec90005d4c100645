package org.opencounter.compliance.aml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a rule version found about a client on a business date, with the facts that fired it.
 *
 * @param dueDate the day a large-value report is due; null for the suspicious patterns, due once a case confirms them
 */
public record AmlAlert(long id, AmlRule rule, int ruleVersion, boolean shadow, long clientId, String clientName,
                       long branchId, LocalDate businessDate, BigDecimal amount, Map<String, Object> facts,
                       LocalDate dueDate, String status, Instant raisedAt, String decidedBy, Instant decidedAt,
                       String decisionNote) {

    /** The facts that fired the alert, each with how it reads, in the order a person reads them. */
    public List<AlertFact> shownFacts() {
        return AlertFact.inReadingOrder(facts);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** Open and past its due date on the given day. */
    public boolean overdueOn(LocalDate today) {
        return open() && dueDate != null && today.isAfter(dueDate);
    }
}
