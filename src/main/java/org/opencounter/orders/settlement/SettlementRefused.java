package org.opencounter.orders.settlement;

import java.util.List;

/** A settlement run that may not start now; the message key and its arguments say why. */
public class SettlementRefused extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public SettlementRefused(String messageKey, Object... arguments) {
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
