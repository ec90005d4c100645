package org.opencounter.wealth.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of a product sale: a subscription pays its fee out of the amount (fee = amount × rate, to the cent,
 * half up) and buys units with the rest at the NAV, rounded down to four places so no unit is sold that was not paid
 * for; a redemption pays units × NAV, rounded down to the cent.
 */
public final class SaleFigures {

    private SaleFigures() {
    }

    /** A subscription's fee, the amount that buys units, and the units. */
    public record Subscription(BigDecimal fee, BigDecimal invested, BigDecimal units) {
    }

    public static Subscription subscription(BigDecimal amount, BigDecimal feeRate, BigDecimal nav) {
        BigDecimal fee = amount.multiply(feeRate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal invested = amount.subtract(fee);
        return new Subscription(fee, invested, invested.divide(nav, 4, RoundingMode.DOWN));
    }

    public static BigDecimal redemptionProceeds(BigDecimal units, BigDecimal nav) {
        return units.multiply(nav).setScale(2, RoundingMode.DOWN);
    }

    /** The cost that leaves with units redeemed: in proportion, to the cent; all of it with the last unit. */
    public static BigDecimal costRedeemed(BigDecimal cost, BigDecimal heldUnits, BigDecimal redeemedUnits) {
        if (redeemedUnits.compareTo(heldUnits) >= 0) {
            return cost;
        }
        return cost.multiply(redeemedUnits).divide(heldUnits, 2, RoundingMode.HALF_UP);
    }
}
