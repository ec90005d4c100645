package org.opencounter.compliance.casework;

import org.opencounter.platform.Refusal;

/** A step of a case that cannot be taken; the field it concerns, if any, and why. */
public class CaseRefused extends Refusal {

    public CaseRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
