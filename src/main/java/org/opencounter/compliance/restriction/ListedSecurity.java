package org.opencounter.compliance.restriction;

import org.opencounter.market.Instrument;
import org.opencounter.market.Securities;

/** The security a list entry or project names, which must be one the market knows. */
final class ListedSecurity {

    private ListedSecurity() {
    }

    /** @throws RestrictionRefused on the securityCode field for a code the market does not know */
    static Instrument of(Securities securities, String code) {
        String typed = code == null ? "" : code.strip();
        if (typed.isEmpty()) {
            throw new RestrictionRefused("securityCode", "compliance.restriction.securityRequired");
        }
        return securities.find(typed)
                .orElseThrow(() -> new RestrictionRefused("securityCode", "compliance.restriction.unknownSecurity",
                        typed));
    }

    /** The text stripped and cut to the column's length. */
    static String limit(String text, int length) {
        String value = text.strip();
        return value.length() > length ? value.substring(0, length) : value;
    }
}
