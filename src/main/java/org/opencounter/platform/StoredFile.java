package org.opencounter.platform;

import java.time.Instant;

/** A file in the store, without its content. */
public record StoredFile(long id, String fileName, FileFormat format, int sizeBytes, String sha256,
                         String uploadedBy, Instant uploadedAt) {
}
