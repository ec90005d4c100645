package org.opencounter.wealth.complaint;

import org.opencounter.platform.Refusal;

/** A step on a complaint that cannot be taken now; the message key and figures say why. */
public class ComplaintRefused extends Refusal {

    public ComplaintRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
