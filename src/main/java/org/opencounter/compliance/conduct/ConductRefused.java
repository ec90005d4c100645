package org.opencounter.compliance.conduct;

import org.opencounter.platform.Refusal;

/** A staff conduct record that cannot be saved; the field names the form's input it concerns. */
public class ConductRefused extends Refusal {

    public ConductRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
