package org.opencounter.margin;

/**
 * Where a contract's maintenance collateral ratio (维持担保比例) stands against the house lines: at or above 150% is
 * normal, above 300% the excess collateral may be withdrawn, under 150% is a warning, under 130% a margin call,
 * under 110% immediate forced liquidation. A contract with no debt has no ratio.
 */
public enum RatioBand {
    NO_DEBT,
    WITHDRAWABLE,
    NORMAL,
    WARNING,
    CALL,
    LIQUIDATION;

    /** A call or worse: the client must act or the firm will. */
    public boolean actionRequired() {
        return this == CALL || this == LIQUIDATION;
    }
}
