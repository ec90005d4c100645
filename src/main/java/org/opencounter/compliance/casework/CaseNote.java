package org.opencounter.compliance.casework;

import java.time.Instant;

import org.opencounter.platform.StoredFile;

/** An investigation note, with its attachment if one was added. */
public record CaseNote(long id, String body, StoredFile file, String writtenBy, Instant writtenAt) {
}
