package org.opencounter.margin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a margin contract's credit account holds against what it owes: the maintenance collateral ratio
 * (维持担保比例) = (cash + market value of all securities) / (financed amount + shorted quantity × current price +
 * interest and fees), and what a margin call needs to restore a ratio.
 */
public record CollateralPosition(BigDecimal cash, BigDecimal securities, BigDecimal financed, BigDecimal shorted,
                                 BigDecimal interestAndFees) {

    public CollateralPosition {
        if (cash.signum() < 0 || securities.signum() < 0 || financed.signum() < 0 || shorted.signum() < 0
                || interestAndFees.signum() < 0) {
            throw new IllegalArgumentException("amounts of a collateral position are never negative");
        }
    }

    /** The position with its securities at a fraction of their market value (0.99: 1% lower), to the cent down. */
    public CollateralPosition securitiesAt(BigDecimal fraction) {
        return new CollateralPosition(cash, securities.multiply(fraction).setScale(2, RoundingMode.DOWN), financed,
                shorted, interestAndFees);
    }

    public BigDecimal assets() {
        return cash.add(securities);
    }

    public BigDecimal debts() {
        return financed.add(shorted).add(interestAndFees);
    }

    /** The ratio to four places (1.6556 is 165.56%), rounded half up; null without debts. */
    public BigDecimal ratio() {
        return debts().signum() == 0 ? null : assets().divide(debts(), 4, RoundingMode.HALF_UP);
    }

    boolean below(BigDecimal line) {
        return assets().compareTo(line.multiply(debts())) < 0;
    }

    /** The new cash that brings the ratio to the target: target × debts − assets, to the cent up; zero if there. */
    public BigDecimal cashToRestore(BigDecimal target) {
        BigDecimal shortfall = target.multiply(debts()).subtract(assets());
        return shortfall.signum() <= 0 ? BigDecimal.ZERO.setScale(2) : shortfall.setScale(2, RoundingMode.UP);
    }

    /**
     * The securities to sell and repay debt with, fees aside, that bring the ratio to the target: selling S lowers
     * assets and debts alike, so (assets − S) / (debts − S) = target gives S = (target × debts − assets) /
     * (target − 1), to the cent up.
     */
    public BigDecimal salesToRestore(BigDecimal target) {
        BigDecimal shortfall = target.multiply(debts()).subtract(assets());
        if (shortfall.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return shortfall.divide(target.subtract(BigDecimal.ONE), 2, RoundingMode.UP);
    }

    /**
     * The collateral that may leave (cash or securities at market value) with the ratio staying at or above the
     * line: assets − line × debts, to the cent down; zero when the ratio is at or under the line.
     */
    public BigDecimal excessOver(BigDecimal line) {
        BigDecimal excess = assets().subtract(line.multiply(debts()));
        return excess.signum() <= 0 ? BigDecimal.ZERO.setScale(2) : excess.setScale(2, RoundingMode.DOWN);
    }
}
