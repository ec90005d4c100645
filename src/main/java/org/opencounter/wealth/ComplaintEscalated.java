package org.opencounter.wealth;

import java.time.Instant;

/**
 * A complaint went to the branch manager and compliance: a deadline was missed, it is critical, or a regulator passed
 * it on. Compliance opens a case of its alert → case model from it.
 *
 * @param adviser   the member of staff concerned, if any
 * @param productId the catalogue product concerned, if any
 */
public record ComplaintEscalated(long complaintId, String reference, long clientId, long branchId, String category,
                                 String reason, String adviser, Long productId, Instant at) {
}
