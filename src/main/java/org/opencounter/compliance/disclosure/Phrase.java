package org.opencounter.compliance.disclosure;

import java.time.Instant;

import org.opencounter.compliance.Material;

/**
 * A dictionary phrase: FORBIDDEN anywhere (or in one kind of material), or REQUIRED in a kind of material.
 *
 * @param material null for a forbidden phrase that holds for every kind
 */
public record Phrase(long id, Kind kind, String phrase, Material material, String note, String addedBy,
                     Instant addedAt) {

    /** Forbidden wording, or a required disclosure. */
    public enum Kind {
        FORBIDDEN, REQUIRED
    }

    public boolean appliesTo(Material of) {
        return material == null || material == of;
    }
}
