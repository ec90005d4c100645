package org.opencounter.orders;

import java.util.List;

/**
 * Something the orders module's rules refuse to do now, with the message key of the translated reason and the
 * values it quotes. Each kind is a subclass named for the business it belongs to.
 */
public abstract class Refusal extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected Refusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
