package org.opencounter.compliance.aml;

import org.opencounter.platform.Refusal;

/** A decision on an alert that cannot be made. */
public class AlertRefused extends Refusal {

    public AlertRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
