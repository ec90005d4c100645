package org.opencounter.compliance.restriction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A security on the restricted or watch list, with why and for which days.
 *
 * @param effectiveTo the last day covered, null while open-ended
 */
public record Restriction(long id, RestrictionList list, String securityCode, String securityName,
                          RestrictionScope scope, String reason, LocalDate effectiveFrom, LocalDate effectiveTo,
                          String addedBy, Instant addedAt, String liftedBy, Instant liftedAt, String liftReason) {

    /** Not lifted, and the day lies between the first and the last day covered. */
    public boolean inForceOn(LocalDate day) {
        return liftedAt == null && !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean lifted() {
        return liftedAt != null;
    }
}
