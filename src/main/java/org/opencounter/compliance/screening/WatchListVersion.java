package org.opencounter.compliance.screening;

import java.math.BigDecimal;
import java.time.Instant;

/** One imported version of a watch list, with what screening all clients against it found. */
public record WatchListVersion(long id, WatchListKind kind, int version, String status, String sourceName,
                               BigDecimal threshold, int entries, String importedBy, Instant importedAt,
                               int screenedNames, int hits) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
