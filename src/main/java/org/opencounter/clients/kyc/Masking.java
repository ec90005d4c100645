package org.opencounter.clients.kyc;

/**
 * How identity and phone numbers appear on every page until someone deliberately reveals them: the first 3 and
 * last 4 characters stay, 110***********1234 and 138****5678.
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String value) {
        return middleStarred(value);
    }

    public static String phone(String value) {
        return middleStarred(value);
    }

    private static String middleStarred(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= 7) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
