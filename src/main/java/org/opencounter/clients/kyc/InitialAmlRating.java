package org.opencounter.clients.kyc;

import org.opencounter.clients.AmlRisk;

/**
 * The AML risk rating set at onboarding from simple factors; compliance changes it later. One point each for an
 * institution, a foreign or Hong Kong/Macau/Taiwan identity, a tax residency outside mainland China, funds from a
 * source other than salary, savings or business income, and an occupation that handles cash or is politically
 * exposed; two points when someone other than the client controls the account or benefits from it.
 * 0–1 points: low; 2–3: medium; 4 or more: high.
 */
public final class InitialAmlRating {

    private InitialAmlRating() {
    }

    /** What the rating looks at. */
    public record Factors(boolean institution, boolean foreignIdentity, boolean foreignTaxResident,
                          boolean unusualSourceOfFunds, boolean sensitiveOccupation, boolean thirdPartyControl) {
    }

    public static int points(Factors factors) {
        int points = 0;
        points += factors.institution() ? 1 : 0;
        points += factors.foreignIdentity() ? 1 : 0;
        points += factors.foreignTaxResident() ? 1 : 0;
        points += factors.unusualSourceOfFunds() ? 1 : 0;
        points += factors.sensitiveOccupation() ? 1 : 0;
        points += factors.thirdPartyControl() ? 2 : 0;
        return points;
    }

    public static AmlRisk of(Factors factors) {
        int points = points(factors);
        if (points >= 4) {
            return AmlRisk.HIGH;
        }
        return points >= 2 ? AmlRisk.MEDIUM : AmlRisk.LOW;
    }
}
