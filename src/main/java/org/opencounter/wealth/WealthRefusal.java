package org.opencounter.wealth;

/**
 * Something the wealth module's rules refuse, with the message key of the translated reason and the figures it
 * quotes. Each kind of refusal is a subclass named for the business it belongs to.
 */
public abstract class WealthRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected WealthRefusal(String messageKey, Object... arguments) {
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
