package org.opencounter.clients.messaging;

/** A message that cannot go out as asked; carries the message key. */
public class MessageRefused extends RuntimeException {

    private final String messageKey;

    public MessageRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
