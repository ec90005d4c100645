package org.opencounter.margin.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RepaymentTest {

    private static final MarginDebt NOVEMBER = new MarginDebt(1, LocalDate.of(2026, 11, 2), new BigDecimal("50000.00"),
            new BigDecimal("300.00"));
    private static final MarginDebt DECEMBER = new MarginDebt(2, LocalDate.of(2026, 12, 1), new BigDecimal("30000.00"),
            new BigDecimal("40.00"));

    @Test
    void allInterestIsPaidBeforeAnyPrincipal() {
        Repayment repayment = Repayment.of(new BigDecimal("340.00"), List.of(DECEMBER, NOVEMBER));

        assertThat(repayment.applied()).containsExactly(
                new Repayment.Applied(1, new BigDecimal("300.00"), new BigDecimal("0.00")),
                new Repayment.Applied(2, new BigDecimal("40.00"), new BigDecimal("0.00")));
        assertThat(repayment.leftOver()).isEqualByComparingTo("0");
    }

    @Test
    void principalGoesToTheOldestDebtFirst() {
        Repayment repayment = Repayment.of(new BigDecimal("60340.00"), List.of(DECEMBER, NOVEMBER));

        assertThat(repayment.applied()).containsExactly(
                new Repayment.Applied(1, new BigDecimal("300.00"), new BigDecimal("50000.00")),
                new Repayment.Applied(2, new BigDecimal("40.00"), new BigDecimal("10000.00")));
    }

    @Test
    void aSmallRepaymentOnlyTouchesTheOldestInterest() {
        Repayment repayment = Repayment.of(new BigDecimal("100.00"), List.of(DECEMBER, NOVEMBER));

        assertThat(repayment.applied()).containsExactly(
                new Repayment.Applied(1, new BigDecimal("100.00"), new BigDecimal("0.00")));
    }

    @Test
    void whatIsLeftAfterEveryDebtStaysWithTheClient() {
        Repayment repayment = Repayment.of(new BigDecimal("90000.00"), List.of(NOVEMBER, DECEMBER));

        assertThat(repayment.leftOver()).isEqualByComparingTo("9660.00");
    }
}
