package org.opencounter.clients.ledger;

/** A bank transfer the rules do not allow; carries the message key and the figures for the translated reason. */
public class TransferRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public TransferRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
