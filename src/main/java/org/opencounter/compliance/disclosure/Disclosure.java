package org.opencounter.compliance.disclosure;

import java.time.Instant;

import org.opencounter.compliance.Material;

/**
 * Material submitted for review, as it stands, with the number of findings of its current revision.
 *
 * @param source the record in another module the material is ({@code wealth.education:12}), which publishes it
 *               once cleared and where it is revised; null for material submitted here
 */
public record Disclosure(long id, String reference, Material material, String title, String body,
                         DisclosureStatus status, int revision, int findings, String submittedBy, Instant submittedAt,
                         String reviewer, Instant decidedAt, String decisionComment, String publishedBy,
                         Instant publishedAt, String source) {

    /** Whether another module wrote it: it is revised and published there. */
    public boolean fromElsewhere() {
        return source != null;
    }
}
