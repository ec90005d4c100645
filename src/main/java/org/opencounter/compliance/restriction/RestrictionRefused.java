package org.opencounter.compliance.restriction;

import org.opencounter.platform.Refusal;

/**
 * A restricted-list or insider-list change that cannot be made; the field names the form's input it concerns.
 */
public class RestrictionRefused extends Refusal {

    public RestrictionRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
