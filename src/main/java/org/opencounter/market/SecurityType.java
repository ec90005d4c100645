package org.opencounter.market;

import java.math.BigDecimal;

/** What kind of instrument a security is; funds and ETFs trade in ticks of 0.001. */
public enum SecurityType {
    STOCK(new BigDecimal("0.01")),
    ETF(new BigDecimal("0.001")),
    LOF(new BigDecimal("0.001")),
    BOND(new BigDecimal("0.001")),
    CONVERTIBLE(new BigDecimal("0.001"));

    private final BigDecimal tick;

    SecurityType(BigDecimal tick) {
        this.tick = tick;
    }

    public BigDecimal tick() {
        return tick;
    }
}
