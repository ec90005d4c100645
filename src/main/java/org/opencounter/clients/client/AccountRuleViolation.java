package org.opencounter.clients.client;

/** An account lifecycle change the rules refuse; carries the message key and its arguments. */
public class AccountRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AccountRuleViolation(String messageKey, Object... arguments) {
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
