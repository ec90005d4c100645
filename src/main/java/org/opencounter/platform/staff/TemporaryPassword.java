package org.opencounter.platform.staff;

import java.security.SecureRandom;

/** Generates one-time passwords that an admin hands over and that must be changed at the next login. */
final class TemporaryPassword {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPassword() {
    }

    /** Twelve characters without look-alikes (0/O, 1/l/I), always with letters and digits. */
    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        String alphabet = LETTERS + DIGITS;
        for (int i = 0; i < LENGTH; i++) {
            String source = i == 3 || i == 8 ? DIGITS : i == 0 ? LETTERS : alphabet;
            password.append(source.charAt(RANDOM.nextInt(source.length())));
        }
        return password.toString();
    }
}
