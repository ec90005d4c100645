package org.opencounter.margin;

import java.math.BigDecimal;

import org.opencounter.market.SecurityType;

/**
 * What decides a security's maximum conversion rate (折算率) under the exchange rules: SSE 180 / SZSE 100
 * constituents 70%, other A-shares 65%, ETFs 90%, government bonds 95%, other funds and bonds 80%; ST, *ST,
 * suspended, or a static P/E over 300 or negative: 0%. A firm may set a lower rate, never a higher one.
 */
public record CollateralProfile(SecurityType type, boolean indexConstituent, boolean governmentBond, boolean st,
                                boolean suspended, BigDecimal staticPe) {

    private static final BigDecimal PE_CEILING = new BigDecimal("300");

    public BigDecimal exchangeMaximum() {
        if (st || suspended) {
            return BigDecimal.ZERO.setScale(2);
        }
        return switch (type) {
            case STOCK -> staticPe != null && (staticPe.signum() < 0 || staticPe.compareTo(PE_CEILING) > 0)
                    ? BigDecimal.ZERO.setScale(2)
                    : indexConstituent ? new BigDecimal("0.70") : new BigDecimal("0.65");
            case ETF -> new BigDecimal("0.90");
            case BOND -> governmentBond ? new BigDecimal("0.95") : new BigDecimal("0.80");
            case LOF, CONVERTIBLE -> new BigDecimal("0.80");
        };
    }
}
