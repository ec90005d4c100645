package org.opencounter.compliance.aml;

import org.opencounter.platform.Refusal;

/** A rule version that cannot be made; the field it concerns, if any, and why. */
public class RuleRefused extends Refusal {

    public RuleRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
