package org.opencounter.compliance;

import java.time.Instant;

/**
 * Material from another module was approved and released by compliance: its module may now publish it.
 *
 * @param reference the review's reference (PUB-2026-00012), to quote next to what is published
 */
public record PublicationCleared(long reviewId, String reference, String source, String approvedBy, Instant at) {
}
