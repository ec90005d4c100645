package org.opencounter.wealth.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TargetPeriodTest {

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        TargetPeriod february = TargetPeriod.parse("2028-02");

        assertThat(february.start()).isEqualTo(LocalDate.parse("2028-02-01"));
        assertThat(february.end()).isEqualTo(LocalDate.parse("2028-02-29"));
        assertThat(february.quarter()).isFalse();
        assertThat(february.label()).isEqualTo("2028-02");
        assertThat(TargetPeriod.monthOf(LocalDate.parse("2028-02-17"))).isEqualTo(february);
    }

    @Test
    void aQuarterRunsThreeMonths() {
        TargetPeriod fourth = TargetPeriod.parse(" 2026-q4 ");

        assertThat(fourth.start()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(fourth.end()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(fourth.quarter()).isTrue();
        assertThat(fourth.label()).isEqualTo("2026-Q4");
        assertThat(TargetPeriod.parse("2026-Q1").end()).isEqualTo(LocalDate.parse("2026-03-31"));
    }

    @Test
    void anythingElseIsNoPeriod() {
        assertThat(TargetPeriod.parse(null)).isNull();
        assertThat(TargetPeriod.parse("")).isNull();
        assertThat(TargetPeriod.parse("2026-13")).isNull();
        assertThat(TargetPeriod.parse("2026-00")).isNull();
        assertThat(TargetPeriod.parse("2026-Q0")).isNull();
        assertThat(TargetPeriod.parse("2026-Q5")).isNull();
        assertThat(TargetPeriod.parse("2026-1")).isNull();
        assertThat(TargetPeriod.parse("December")).isNull();
    }

    @Test
    void aMonthOverlapsItsQuarterButNotTheNext() {
        TargetPeriod december = TargetPeriod.parse("2026-12");

        assertThat(december.overlaps(TargetPeriod.parse("2026-Q4"))).isTrue();
        assertThat(TargetPeriod.parse("2026-Q4").overlaps(december)).isTrue();
        assertThat(december.overlaps(TargetPeriod.parse("2027-Q1"))).isFalse();
        assertThat(TargetPeriod.parse("2026-09").overlaps(TargetPeriod.parse("2026-Q4"))).isFalse();
    }

    @Test
    void aTargetIsMetExactlyAtItsAmountAndNotOneCentBelow() {
        TargetPeriod december = TargetPeriod.parse("2026-12");
        TargetProgress atTarget = new TargetProgress(1, "李", false, december, TargetMetric.PRODUCT_SALES,
                new BigDecimal("200000.00"), new BigDecimal("200000.00"));
        TargetProgress centBelow = new TargetProgress(1, "李", false, december, TargetMetric.PRODUCT_SALES,
                new BigDecimal("200000.00"), new BigDecimal("199999.99"));
        TargetProgress third = new TargetProgress(2, "SH01", true, december, TargetMetric.NEW_CLIENTS,
                new BigDecimal("3"), new BigDecimal("1"));

        assertThat(atTarget.met()).isTrue();
        assertThat(atTarget.achieved()).isEqualByComparingTo("1.0000");
        assertThat(centBelow.met()).isFalse();
        assertThat(centBelow.achieved()).isEqualByComparingTo("1.0000");
        assertThat(third.achieved()).isEqualByComparingTo("0.3333");
    }
}
