package org.opencounter.platform.approval;

import java.time.Instant;

/** A maker-checker request as stored. */
public record ApprovalRequest(long id, String type, String subject, String payload, String approvingRole,
                              String requestedBy, String reason, String status, Instant requestedAt,
                              Instant expiresAt, String decidedBy, Instant decidedAt, String decisionNote,
                              Long branchId, String link) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
