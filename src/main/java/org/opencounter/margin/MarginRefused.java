package org.opencounter.margin;

import org.opencounter.platform.Refusal;

/**
 * Something the margin rules refuse (a credit application, a contract change, a list entry): the form field it
 * concerns, if any, and why.
 */
public class MarginRefused extends Refusal {

    public MarginRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
