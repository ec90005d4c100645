package org.opencounter.wealth.assessment;

import org.opencounter.wealth.WealthRefusal;

/** An assessment that cannot be recorded; the message key and figures say why. */
public class AssessmentRefused extends WealthRefusal {

    public AssessmentRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
