package org.opencounter.platform.staff;

import java.util.ArrayList;
import java.util.List;

/**
 * The firm's password rules: at least 10 characters, letters and digits, not the username.
 * Reuse of recent passwords is checked by {@link PasswordHistory}, which needs the stored hashes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    public static List<String> violations(String username, String password) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            violations.add("platform.password.tooShort");
        }
        if (password == null || password.chars().noneMatch(PasswordPolicy::isAsciiLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            violations.add("platform.password.lettersAndDigits");
        }
        if (password != null && username != null && password.equalsIgnoreCase(username)) {
            violations.add("platform.password.sameAsUsername");
        }
        return violations;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
