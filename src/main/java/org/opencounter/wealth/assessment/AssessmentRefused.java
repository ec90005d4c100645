package org.opencounter.wealth.assessment;

import org.opencounter.platform.Refusal;

/** An assessment that cannot be recorded; the message key and figures say why. */
public class AssessmentRefused extends Refusal {

    public AssessmentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
