package org.opencounter.clients.permission;

import org.opencounter.platform.Refusal;

/** A permission application or revocation that cannot go ahead; the message key and figures say why. */
public class PermissionRefused extends Refusal {

    public PermissionRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
