package org.opencounter.compliance.restriction;

import java.time.Instant;

/** A person on a project's insider list, by name and identity number, with what they do on the project. */
public record Insider(long id, long projectId, String name, String idNumber, String role, String addedBy,
                      Instant addedAt) {

    /** The identity number with its middle hidden, as lists show it. */
    public String maskedIdNumber() {
        return idNumber.length() <= 8 ? idNumber
                : idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8)
                        + idNumber.substring(idNumber.length() - 4);
    }
}
