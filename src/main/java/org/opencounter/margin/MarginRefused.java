package org.opencounter.margin;

import org.opencounter.platform.Refusal;

/**
 * Something the margin rules refuse (a credit application, a contract change, a list entry): the form field it
 * concerns, if any, and why.
 */
public class MarginRefused extends Refusal {

    private final String field;

    public MarginRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The form field to show the message next to; null for the form as a whole. */
    public String field() {
        return field;
    }
}
