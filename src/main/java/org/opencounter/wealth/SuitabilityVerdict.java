package org.opencounter.wealth;

import java.time.Instant;
import java.util.List;

/**
 * The suitability engine's answer to "may this client buy this product", as stored.
 *
 * @param assessmentId the risk assessment it was judged on, null when the client had none
 */
public record SuitabilityVerdict(long id, long clientId, long productId, Fit fit, List<VerdictReason> reasons,
                                 String ruleVersion, Long assessmentId, String askedBy, Instant askedAt) {
}
