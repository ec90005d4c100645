package org.opencounter.compliance.conduct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A staff member's declaration: a gift or entertainment (with direction, counterparty and value), or an outside
 * activity (with organisation, role, whether paid and its dates), and compliance's decision on it.
 *
 * @param kind GIFT or ACTIVITY
 * @param detail what was given or received; the role held outside
 * @param direction RECEIVED or GIVEN for a gift, null for an activity
 * @param qualifier the other party's kind for a gift (CLIENT, ISSUER, ...), PAID or UNPAID for an activity
 * @param status RECORDED (no review needed), PENDING, APPROVED or REJECTED
 */
public record Declaration(long id, String kind, long staffId, String staffName, String branchCode, String title,
                          String detail, String direction, String qualifier, BigDecimal value, LocalDate from,
                          LocalDate to, String status, Instant declaredAt, String decidedBy, String decisionNote) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
