package org.opencounter.wealth.target;

import org.opencounter.platform.Refusal;

/** A target that cannot be set; the message key says why. */
public class TargetRefused extends Refusal {

    public TargetRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
