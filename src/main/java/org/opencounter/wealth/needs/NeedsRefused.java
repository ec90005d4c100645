package org.opencounter.wealth.needs;

import org.opencounter.platform.Refusal;

/** A needs-analysis change that cannot be made; the message key, the field and the figures say why. */
public class NeedsRefused extends Refusal {

    public NeedsRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
