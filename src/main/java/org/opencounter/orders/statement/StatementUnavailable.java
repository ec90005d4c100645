package org.opencounter.orders.statement;

import java.util.List;

/** A statement that cannot be made for the period asked, with the translated reason's key. */
public class StatementUnavailable extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public StatementUnavailable(String messageKey, Object... arguments) {
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
