package org.opencounter.orders.fee;

import java.math.BigDecimal;

/** The fees of a trade (or of a whole order, estimated), each already rounded to 0.01 CNY. */
public record Fees(BigDecimal commission, BigDecimal stampDuty, BigDecimal transferFee, BigDecimal exchangeFees) {

    public static final Fees NONE = new Fees(money(0), money(0), money(0), money(0));

    public BigDecimal total() {
        return commission.add(stampDuty).add(transferFee).add(exchangeFees);
    }

    /** What the firm passes on to the tax office and the clearing house: everything but the commission. */
    public BigDecimal passedOn() {
        return stampDuty.add(transferFee).add(exchangeFees);
    }

    private static BigDecimal money(long value) {
        return BigDecimal.valueOf(value, 2);
    }
}
