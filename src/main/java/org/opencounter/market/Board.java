package org.opencounter.market;

import java.math.BigDecimal;

/** The market tier a security trades on; it decides lot rules and the default daily price limit. */
public enum Board {
    MAIN(new BigDecimal("0.10")),
    CHINEXT(new BigDecimal("0.20")),
    STAR(new BigDecimal("0.20")),
    BSE(new BigDecimal("0.30"));

    private final BigDecimal defaultPriceLimit;

    Board(BigDecimal defaultPriceLimit) {
        this.defaultPriceLimit = defaultPriceLimit;
    }

    /** The daily limit from the previous close that applies unless the security says otherwise. */
    public BigDecimal defaultPriceLimit() {
        return defaultPriceLimit;
    }
}
