package org.opencounter.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PriceBandTest {

    private static final BigDecimal STOCK_TICK = new BigDecimal("0.01");
    private static final BigDecimal FUND_TICK = new BigDecimal("0.001");

    @Test
    void mainBoardTenPercentRoundsHalfUpToTheTick() {
        PriceBand band = PriceBand.of(new BigDecimal("10.05"), new BigDecimal("0.10"), STOCK_TICK);
        assertThat(band.upper()).isEqualByComparingTo("11.06");
        assertThat(band.lower()).isEqualByComparingTo("9.05");
    }

    @Test
    void twentyPercentForChiNextAndStar() {
        PriceBand band = PriceBand.of(new BigDecimal("10.05"), new BigDecimal("0.20"), STOCK_TICK);
        assertThat(band.upper()).isEqualByComparingTo("12.06");
        assertThat(band.lower()).isEqualByComparingTo("8.04");
    }

    @Test
    void thirtyPercentForBse() {
        PriceBand band = PriceBand.of(new BigDecimal("27.50"), new BigDecimal("0.30"), STOCK_TICK);
        assertThat(band.upper()).isEqualByComparingTo("35.75");
        assertThat(band.lower()).isEqualByComparingTo("19.25");
    }

    @Test
    void fundsUseThreeDecimals() {
        PriceBand band = PriceBand.of(new BigDecimal("1.234"), new BigDecimal("0.10"), FUND_TICK);
        assertThat(band.upper()).isEqualByComparingTo("1.357");
        assertThat(band.lower()).isEqualByComparingTo("1.111");
        assertThat(band.upper().scale()).isEqualTo(3);
    }

    @Test
    void exactHalfTickRoundsUp() {
        // 10.15 × 1.1 = 11.165 → 11.17; 10.15 × 0.9 = 9.135 → 9.14
        PriceBand band = PriceBand.of(new BigDecimal("10.15"), new BigDecimal("0.10"), STOCK_TICK);
        assertThat(band.upper()).isEqualByComparingTo("11.17");
        assertThat(band.lower()).isEqualByComparingTo("9.14");
    }

    @Test
    void limitPricesThemselvesAreAdmittedAndOneTickBeyondIsNot() {
        PriceBand band = PriceBand.of(new BigDecimal("10.05"), new BigDecimal("0.10"), STOCK_TICK);
        assertThat(band.admits(new BigDecimal("11.06"))).isTrue();
        assertThat(band.admits(new BigDecimal("11.07"))).isFalse();
        assertThat(band.admits(new BigDecimal("9.05"))).isTrue();
        assertThat(band.admits(new BigDecimal("9.04"))).isFalse();
    }

    @Test
    void clampMovesAPriceIntoTheBand() {
        PriceBand band = PriceBand.of(new BigDecimal("10.00"), new BigDecimal("0.10"), STOCK_TICK);
        assertThat(band.clamp(new BigDecimal("12.00"))).isEqualByComparingTo("11.00");
        assertThat(band.clamp(new BigDecimal("8.00"))).isEqualByComparingTo("9.00");
        assertThat(band.clamp(new BigDecimal("10.50"))).isEqualByComparingTo("10.50");
    }

    @Test
    void unlimitedBandAdmitsAnyPrice() {
        assertThat(PriceBand.UNLIMITED.admits(new BigDecimal("999999"))).isTrue();
        assertThat(PriceBand.UNLIMITED.limited()).isFalse();
    }
}
