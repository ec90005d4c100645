package org.opencounter.compliance.disclosure;

import java.time.Instant;

/** Material submitted for review, as it stands, with the number of findings of its current revision. */
public record Disclosure(long id, String reference, Material material, String title, String body,
                         DisclosureStatus status, int revision, int findings, String submittedBy, Instant submittedAt,
                         String reviewer, Instant decidedAt, String decisionComment, String publishedBy,
                         Instant publishedAt) {
}
