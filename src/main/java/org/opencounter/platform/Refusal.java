package org.opencounter.platform;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Something a module's rules refuse to do, with the message key of the translated reason and the figures it
 * quotes. Each kind is a subclass named for the business it belongs to ({@code TransferRefused},
 * {@code SettlementRefused}, {@code AssessmentRefused}).
 */
public abstract class Refusal extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient List<Object> arguments;

    protected Refusal(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    /** A refusal that belongs next to one field of the form that was sent. */
    protected Refusal(String messageKey, String field, Object[] arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = Arrays.asList(arguments.clone());
    }

    /** The form field to show the reason next to; null for the form as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The figures as people read them: money with thousands separators and two decimals. */
    public Object[] figures(DisplayFormat format) {
        return arguments.stream()
                .map(argument -> argument instanceof BigDecimal money ? format.money(money) : argument).toArray();
    }
}
