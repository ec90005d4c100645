package org.opencounter.compliance.disclosure;

import org.opencounter.platform.Refusal;

/** A step of a disclosure review or a dictionary change that cannot be made; the field names the form's input. */
public class DisclosureRefused extends Refusal {

    public DisclosureRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
