package org.opencounter.clients.kyc;

/** An identity document number that fails its format or check-character rule; carries the message key. */
public class InvalidIdentity extends IllegalArgumentException {

    private final String messageKey;

    public InvalidIdentity(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
