package org.opencounter.margin.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CreditScoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aWealthyExperiencedClientWithLittleDebtRatesA() {
        CreditScore.Findings findings = new CreditScore.Findings(TODAY, new BigDecimal("2400000"),
                LocalDate.of(2019, 3, 1), new BigDecimal("600000"), new BigDecimal("8000000"),
                new BigDecimal("1200000"), 0);

        // 25 (assets) + 20 (7 years) + 25 (15% debt) + 12 (income) + 10 (clean report)
        assertThat(CreditScore.of(findings)).isEqualTo(92);
        assertThat(CreditRating.of(92)).isEqualTo(CreditRating.A);
        assertThat(CreditRating.A.maximumLine(new BigDecimal("2400000"))).isEqualByComparingTo("4800000.00");
    }

    @Test
    void assetBandsStartAtTheirFloor() {
        assertThat(CreditScore.assets(new BigDecimal("499999.99"))).isZero();
        assertThat(CreditScore.assets(new BigDecimal("500000.00"))).isEqualTo(15);
        assertThat(CreditScore.assets(new BigDecimal("1000000.00"))).isEqualTo(20);
        assertThat(CreditScore.assets(new BigDecimal("5000000.00"))).isEqualTo(30);
    }

    @Test
    void experienceCountsWholeMonths() {
        assertThat(CreditScore.experience(LocalDate.of(2026, 6, 7), TODAY)).isEqualTo(5);
        assertThat(CreditScore.experience(LocalDate.of(2026, 6, 8), TODAY)).isZero();
        assertThat(CreditScore.experience(LocalDate.of(2021, 12, 7), TODAY)).isEqualTo(20);
        assertThat(CreditScore.experience(null, TODAY)).isZero();
    }

    @Test
    void aDebtRatioOfExactly20PercentStillScoresFull() {
        assertThat(CreditScore.debtRatio(new BigDecimal("200000"), new BigDecimal("1000000"))).isEqualTo(25);
        assertThat(CreditScore.debtRatio(new BigDecimal("200001"), new BigDecimal("1000000"))).isEqualTo(18);
        assertThat(CreditScore.debtRatio(new BigDecimal("600001"), new BigDecimal("1000000"))).isZero();
        assertThat(CreditScore.debtRatio(BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
    }

    @Test
    void ratingsAtTheirBoundaries() {
        assertThat(CreditRating.of(85)).isEqualTo(CreditRating.A);
        assertThat(CreditRating.of(84)).isEqualTo(CreditRating.B);
        assertThat(CreditRating.of(55)).isEqualTo(CreditRating.C);
        assertThat(CreditRating.of(54)).isEqualTo(CreditRating.D);
        assertThat(CreditRating.of(39)).isEqualTo(CreditRating.E);
        assertThat(CreditRating.E.grantsCredit()).isFalse();
        assertThat(CreditRating.D.maximumLine(new BigDecimal("612345.67"))).isEqualByComparingTo("306172.00");
    }
}
