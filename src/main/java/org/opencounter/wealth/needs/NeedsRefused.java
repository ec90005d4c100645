package org.opencounter.wealth.needs;

import org.opencounter.platform.Refusal;

/** A needs-analysis change that cannot be made; the message key, the field and the figures say why. */
public class NeedsRefused extends Refusal {

    private final String field;

    public NeedsRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The form field the refusal belongs next to, or null for the form as a whole. */
    public String field() {
        return field;
    }
}
