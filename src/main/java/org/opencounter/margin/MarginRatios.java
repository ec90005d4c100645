package org.opencounter.margin;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The margin ratios (保证金比例) a contract keeps for its whole life, by the day it was opened: financing 100% for
 * contracts opened from 2026-01-19 (the exchanges' notice of 2026-01-14), 80% for those opened before, renewals
 * included. Securities lending is 100% for every short sale since 2024-01-29, whatever the contract's age.
 */
public final class MarginRatios {

    static final LocalDate FULL_FINANCING_MARGIN_FROM = LocalDate.of(2026, 1, 19);

    private MarginRatios() {
    }

    public static BigDecimal financing(LocalDate contractOpenedOn) {
        return contractOpenedOn.isBefore(FULL_FINANCING_MARGIN_FROM) ? new BigDecimal("0.80") : new BigDecimal("1.00");
    }

    public static BigDecimal lending() {
        return new BigDecimal("1.00");
    }
}
