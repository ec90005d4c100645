package org.opencounter.clients.kyc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A mainland resident identity card number (居民身份证号码, GB 11643): 6-digit area code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public ResidentIdNumber {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidIdentity(problem.get());
        }
        value = value.toUpperCase(java.util.Locale.ROOT);
    }

    /** The message key of what is wrong with the text as an ID number, or empty when it is valid. */
    public static Optional<String> problem(String text) {
        if (text == null || !text.matches("[0-9]{17}[0-9Xx]")) {
            return Optional.of("clients.kyc.residentId.format");
        }
        if (text.charAt(0) == '0' || text.charAt(0) == '9') {
            return Optional.of("clients.kyc.residentId.area");
        }
        if (birthDateOf(text).isEmpty()) {
            return Optional.of("clients.kyc.residentId.birthDate");
        }
        if (Character.toUpperCase(text.charAt(17)) != checkCharacter(text.substring(0, 17))) {
            return Optional.of("clients.kyc.residentId.checkCharacter");
        }
        return Optional.empty();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** Odd sequence digits are men's, even are women's. */
    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    private static Optional<LocalDate> birthDateOf(String text) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(text.substring(6, 10)),
                    Integer.parseInt(text.substring(10, 12)), Integer.parseInt(text.substring(12, 14)));
            return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
