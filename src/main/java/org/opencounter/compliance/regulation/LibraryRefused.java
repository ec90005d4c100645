package org.opencounter.compliance.regulation;

import org.opencounter.platform.Refusal;

/** A regulation, policy or task change that cannot be made; the field names the form's input it concerns. */
public class LibraryRefused extends Refusal {

    public LibraryRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
