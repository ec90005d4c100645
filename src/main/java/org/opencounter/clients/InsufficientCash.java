package org.opencounter.clients;

import java.math.BigDecimal;

/** A freeze asked for more than the account's available cash. */
public class InsufficientCash extends RuntimeException {

    private final BigDecimal available;
    private final BigDecimal required;

    public InsufficientCash(BigDecimal available, BigDecimal required) {
        super("available " + available + " < required " + required);
        this.available = available;
        this.required = required;
    }

    public BigDecimal available() {
        return available;
    }

    public BigDecimal required() {
        return required;
    }
}
