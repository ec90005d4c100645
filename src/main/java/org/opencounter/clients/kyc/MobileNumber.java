package org.opencounter.clients.kyc;

/** A mainland mobile number: 11 digits starting with 1. */
public final class MobileNumber {

    public static final String PATTERN = "1[0-9]{10}";

    private MobileNumber() {
    }

    public static boolean valid(String text) {
        return text != null && text.matches(PATTERN);
    }
}
