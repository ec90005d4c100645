package org.opencounter.margin.monitor;

import java.math.BigDecimal;

import org.opencounter.margin.CollateralPosition;
import org.opencounter.margin.RatioBand;
import org.opencounter.margin.RatioLines;

/**
 * A live contract's maintenance collateral ratio at the latest prices: what its credit account holds and owes, the
 * band it stands in, and what a call would ask for.
 */
public record ContractRatio(long contractId, String number, long clientId, long branchId, CollateralPosition position,
                            RatioBand band) {

    public BigDecimal ratio() {
        return position.ratio();
    }

    /** The new cash that would restore the warning line (150%); zero at or above it. */
    public BigDecimal cashToRestore() {
        return position.cashToRestore(RatioLines.HOUSE.restore());
    }

    /** The securities to sell and repay with that would restore the warning line, fees aside. */
    public BigDecimal salesToRestore() {
        return position.salesToRestore(RatioLines.HOUSE.restore());
    }

    /** The collateral that may leave with the ratio staying at or above 300%. */
    public BigDecimal withdrawable() {
        return position.excessOver(RatioLines.HOUSE.withdrawal());
    }
}
