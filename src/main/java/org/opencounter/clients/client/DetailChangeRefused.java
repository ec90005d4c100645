package org.opencounter.clients.client;

import org.opencounter.platform.Refusal;

/** A change of details that cannot be made; the field names the form's input. */
public class DetailChangeRefused extends Refusal {

    public DetailChangeRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
