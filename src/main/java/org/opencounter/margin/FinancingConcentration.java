package org.opencounter.margin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Financing concentration of one security (融资集中度): the financing balance over the tradable market value. At 25%
 * or more financing buys halt; once halted they resume only when the balance is back under 20%, so a security does not
 * flip in and out of the halt around one line.
 */
public record FinancingConcentration(BigDecimal balance, BigDecimal floatValue) {

    public static final BigDecimal HALT = new BigDecimal("0.25");
    public static final BigDecimal RESUME = new BigDecimal("0.20");

    /** The balance over the tradable market value, to six places; zero without one. */
    public BigDecimal ratio() {
        return floatValue.signum() == 0 ? BigDecimal.ZERO : balance.divide(floatValue, 6, RoundingMode.HALF_UP);
    }

    /** Whether financing buys are halted, given whether they were. */
    public boolean halted(boolean wasHalted) {
        if (floatValue.signum() == 0) {
            return wasHalted;
        }
        return balance.compareTo(floatValue.multiply(wasHalted ? RESUME : HALT)) >= 0;
    }
}
