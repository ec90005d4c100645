package org.opencounter.clients.messaging;

import org.opencounter.platform.Refusal;

/** A message that cannot go out as asked. */
public class MessageRefused extends Refusal {

    public MessageRefused(String messageKey) {
        super(messageKey);
    }
}
