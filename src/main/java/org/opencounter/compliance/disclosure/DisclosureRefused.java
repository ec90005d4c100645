package org.opencounter.compliance.disclosure;

import org.opencounter.platform.Refusal;

/** A step of a disclosure review or a dictionary change that cannot be made; the field names the form's input. */
public class DisclosureRefused extends Refusal {

    private final String field;

    public DisclosureRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
