package org.opencounter.compliance.aml;

import org.opencounter.platform.Refusal;

/** A rating change that cannot be made; the field it concerns, if any, and why. */
public class RatingRefused extends Refusal {

    public RatingRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
