package org.opencounter.wealth.allocation;

import org.opencounter.wealth.InvestmentVariety;

/** The classes an allocation is made of: cash, fixed income, equity and alternatives. */
public enum AssetClass {
    CASH, FIXED_INCOME, EQUITY, ALTERNATIVE;

    /** The class a catalogue product of this variety belongs to; complex products count as alternatives. */
    public static AssetClass of(InvestmentVariety variety) {
        return switch (variety) {
            case FIXED_INCOME -> FIXED_INCOME;
            case EQUITY -> EQUITY;
            case ALTERNATIVE, COMPLEX -> ALTERNATIVE;
        };
    }
}
