package org.opencounter.compliance.conduct;

import java.util.Locale;
import java.util.Optional;

/**
 * An identity number as compliance compares them: spaces dropped and letters in capitals (the X of a resident ID),
 * 8 to 32 letters and digits (resident IDs, passports, Hong Kong and Macau permits).
 */
public final class IdentityNumber {

    private IdentityNumber() {
    }

    /** The number in its compared form; empty when it is not one. */
    public static Optional<String> normalised(String written) {
        String value = written == null ? "" : written.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return value.matches("[0-9A-Z]{8,32}") ? Optional.of(value) : Optional.empty();
    }
}
