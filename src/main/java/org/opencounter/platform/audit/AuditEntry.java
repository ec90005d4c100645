package org.opencounter.platform.audit;

import java.time.Instant;

/** One row of the audit trail as read back for search and export. */
public record AuditEntry(long id, Instant occurredAt, String username, String branchCode, String action,
                         String entityType, String entityId, String before, String after, String ipAddress,
                         String requestId, String outcome, String detail) {
}
