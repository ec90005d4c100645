package org.opencounter.wealth.education;

import java.time.Instant;

/**
 * A risk disclosure's current version as a client stands to it.
 *
 * @param acknowledgedAt when the client acknowledged this version, or null
 * @param earlierVersion whether the client acknowledged an earlier version only
 */
public record Disclosure(EducationContent content, Instant acknowledgedAt, String acknowledgedBy,
                         boolean earlierVersion) {
}
