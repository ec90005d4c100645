package org.opencounter.margin.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InterestTest {

    private static final BigDecimal FINANCED = new BigDecimal("300000.00");
    private static final BigDecimal FINANCING_RATE = new BigDecimal("0.065");

    @Test
    void oneDayOf300000At6Point5PercentIs54Point17() {
        assertThat(Interest.forDays(FINANCED, FINANCING_RATE, 1)).isEqualByComparingTo("54.17");
    }

    @Test
    void mondaysAccrualCarriesTheWeekend() {
        long days = Interest.daysSince(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7));

        assertThat(days).isEqualTo(3);
        assertThat(Interest.forDays(FINANCED, FINANCING_RATE, days)).isEqualByComparingTo("162.50");
    }

    @Test
    void lendingAt8Point5PercentForAWeek() {
        assertThat(Interest.forDays(new BigDecimal("100000.00"), new BigDecimal("0.085"), 7))
                .isEqualByComparingTo("165.28");
    }

    @Test
    void noDaysNoInterest() {
        assertThat(Interest.daysSince(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))).isZero();
        assertThat(Interest.forDays(FINANCED, FINANCING_RATE, 0)).isEqualByComparingTo("0.00");
    }
}
