package org.opencounter.compliance.regulation;

import java.time.Instant;

/**
 * An internal policy (内部制度) with its owner and current version; the acknowledgements count those of the current
 * version's change (none for version 1, which every staff member was trained on).
 */
public record Policy(long id, String code, String title, long ownerId, String ownerName, int version,
                     String summary, Instant updatedAt, long acknowledged, long staff) {

    /** Every active staff member has acknowledged the current version. */
    public boolean fullyAcknowledged() {
        return version == 1 || acknowledged >= staff;
    }
}
