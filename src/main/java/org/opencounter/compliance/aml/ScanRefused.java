package org.opencounter.compliance.aml;

import org.opencounter.platform.Refusal;

/** A scan that cannot start now. */
public class ScanRefused extends Refusal {

    public ScanRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
