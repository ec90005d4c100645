package org.opencounter.compliance.regulation;

import java.time.Instant;

/** A new version of a policy that staff acknowledge. */
public record PolicyChange(long id, long policyId, String policyCode, String policyTitle, int version, String summary,
                           String changedBy, Instant changedAt) {
}
