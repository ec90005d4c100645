package org.opencounter.clients.kyc;

import java.util.Optional;

/**
 * Format rules for the identity documents other than the mainland ID card: passports (5–17 letters and digits),
 * the Mainland Travel Permit for Hong Kong and Macao Residents (H or M and 8 or 10 digits) and for Taiwan
 * Residents (8 digits).
 */
public final class OtherIdentityDocuments {

    private OtherIdentityDocuments() {
    }

    public static Optional<String> passportProblem(String text) {
        return text != null && text.matches("[A-Z0-9]{5,17}") ? Optional.empty()
                : Optional.of("clients.kyc.passport.format");
    }

    public static Optional<String> hongKongMacauPermitProblem(String text) {
        return text != null && text.matches("[HM]([0-9]{8}|[0-9]{10})") ? Optional.empty()
                : Optional.of("clients.kyc.hkMacauPermit.format");
    }

    public static Optional<String> taiwanPermitProblem(String text) {
        return text != null && text.matches("[0-9]{8}") ? Optional.empty()
                : Optional.of("clients.kyc.taiwanPermit.format");
    }
}
