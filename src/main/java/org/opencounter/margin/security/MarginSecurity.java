package org.opencounter.margin.security;

import java.math.BigDecimal;

import org.opencounter.margin.CollateralProfile;
import org.opencounter.market.Instrument;

/**
 * A security on the firm's margin lists: whether it may be bought with financing or sold short, the collateral rate
 * the firm set, and what decides the exchange maximum for it; its free float (流通股本) and, from the last
 * concentration review, the financing balance's share of the tradable market value and whether financing buys are
 * halted.
 */
public record MarginSecurity(String code, boolean financingTarget, boolean lendingTarget, BigDecimal collateralRate,
                             boolean indexConstituent, boolean governmentBond, BigDecimal staticPe, Long floatShares,
                             boolean financingHalted, BigDecimal concentration, String updatedBy) {

    public CollateralProfile profile(Instrument instrument) {
        return new CollateralProfile(instrument.type(), indexConstituent, governmentBond, instrument.st(),
                instrument.suspended(), staticPe);
    }

    /**
     * The rate collateral counts at today: the firm's rate, but never above what the exchange allows now, so a
     * security that turned ST or was suspended after the rate was set counts at nothing.
     */
    public BigDecimal effectiveRate(Instrument instrument) {
        return collateralRate.min(profile(instrument).exchangeMaximum());
    }
}
