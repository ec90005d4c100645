package org.opencounter.clients.client;

import java.math.BigDecimal;
import java.util.Arrays;

import org.opencounter.platform.DisplayFormat;

/**
 * A change the clients module's rules refuse, with the message key of the translated reason and the figures it
 * quotes. Each kind of refusal is a subclass named for the business it belongs to.
 */
public abstract class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected Refusal(String messageKey, Object... arguments) {
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

    /** The figures as people read them: money with thousands separators and two decimals. */
    public Object[] figures(DisplayFormat format) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof BigDecimal money ? format.money(money) : argument).toArray();
    }
}
