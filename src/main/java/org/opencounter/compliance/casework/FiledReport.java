package org.opencounter.compliance.casework;

import java.time.Instant;

/** A case's report as filed: who asked, who approved, and its submission to the monitoring centre. */
public record FiledReport(long id, ReportKind kind, String reference, String sha256, String requestedBy,
                          String approvedBy, Instant generatedAt, String submittedBy, Instant submittedAt,
                          String receipt) {
}
