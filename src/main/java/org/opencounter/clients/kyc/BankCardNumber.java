package org.opencounter.clients.kyc;

import java.util.Optional;

/** A bank card number: 16 to 19 digits passing the Luhn check. Only its masked form is ever stored. */
public record BankCardNumber(String value) {

    public BankCardNumber {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidIdentity(problem.get());
        }
    }

    public static Optional<String> problem(String text) {
        if (text == null || !text.matches("[0-9]{16,19}")) {
            return Optional.of("clients.kyc.bankCard.format");
        }
        return luhnValid(text) ? Optional.empty() : Optional.of("clients.kyc.bankCard.checkDigit");
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The first 4 and last 4 digits with the rest starred: 6222 **** **** 1234 style, without spaces. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }
}
