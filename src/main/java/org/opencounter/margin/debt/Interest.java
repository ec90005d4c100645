package org.opencounter.margin.debt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Interest on margin debts (融资利息, 融券费用): it accrues every calendar day, weekends and holidays included, on the
 * outstanding amount at the annual rate / 360 (house rule); each accrual books the days since the last one, to the
 * cent half up, so Monday's accrual carries Saturday and Sunday.
 */
public final class Interest {

    private static final BigDecimal DAYS_IN_YEAR = new BigDecimal("360");

    private Interest() {
    }

    /** outstanding × annual rate × days / 360, to the cent. */
    public static BigDecimal forDays(BigDecimal outstanding, BigDecimal annualRate, long days) {
        if (days < 0) {
            throw new IllegalArgumentException("interest runs forward");
        }
        return outstanding.multiply(annualRate).multiply(BigDecimal.valueOf(days))
                .divide(DAYS_IN_YEAR, 2, RoundingMode.HALF_UP);
    }

    /** The calendar days an accrual on {@code today} covers: those after the last accrual, today included. */
    public static long daysSince(LocalDate lastAccrued, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(lastAccrued, today));
    }
}
