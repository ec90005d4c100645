package org.opencounter.wealth.education;

import org.opencounter.platform.Refusal;

/** An education step that cannot be taken; the message key says why. */
public class EducationRefused extends Refusal {

    public EducationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
