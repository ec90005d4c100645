package org.opencounter.clients.kyc;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and the letters without
 * I, O, S, V, Z; the last is a check character, 31 − (Σ value × weight mod 31), where 31 means 0.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidIdentity(problem.get());
        }
        value = value.toUpperCase(java.util.Locale.ROOT);
    }

    public static Optional<String> problem(String text) {
        if (text == null || text.length() != 18) {
            return Optional.of("clients.kyc.creditCode.format");
        }
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
                return Optional.of("clients.kyc.creditCode.format");
            }
        }
        if (upper.charAt(17) != checkCharacter(upper.substring(0, 17))) {
            return Optional.of("clients.kyc.creditCode.checkCharacter");
        }
        return Optional.empty();
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
