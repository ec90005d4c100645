package org.opencounter.compliance.screening;

import org.opencounter.platform.Refusal;

/** A screening request or a decision on a hit that cannot be made. */
public class ScreeningRefused extends Refusal {

    public ScreeningRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
