package org.opencounter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    private final DisplayFormat format = new DisplayFormat();

    @Test
    void moneyHasThousandsSeparatorsAndTwoDecimals() {
        assertThat(format.money(new BigDecimal("35209.15"))).isEqualTo("35,209.15");
        assertThat(format.money(new BigDecimal("994.485"))).isEqualTo("994.49");
        assertThat(format.money(new BigDecimal("-1234567"))).isEqualTo("-1,234,567.00");
    }

    @Test
    void pricesKeepTheSecuritysDecimals() {
        assertThat(format.price(new BigDecimal("1613.67"), 2)).isEqualTo("1,613.67");
        assertThat(format.price(new BigDecimal("4.012"), 3)).isEqualTo("4.012");
        assertThat(format.price(new BigDecimal("4.01"), 3)).isEqualTo("4.010");
    }

    @Test
    void wholeNumbersShowNoDecimalPoint() {
        assertThat(format.price(new BigDecimal("1000"), 0)).isEqualTo("1,000");
    }

    @Test
    void pricesWithoutAScaleShowAtLeastTwoDecimals() {
        assertThat(format.price(new BigDecimal("10.0000"))).isEqualTo("10.00");
        assertThat(format.price(new BigDecimal("1.2350"))).isEqualTo("1.235");
    }

    @Test
    void countsHaveThousandsSeparators() {
        assertThat(format.number(30070)).isEqualTo("30,070");
    }

    @Test
    void percentagesAreSignedWithTwoDecimals() {
        assertThat(format.percent(new BigDecimal("0.1234"))).isEqualTo("+12.34%");
        assertThat(format.percent(new BigDecimal("-0.05"))).isEqualTo("-5.00%");
        assertThat(format.percent(BigDecimal.ZERO)).isEqualTo("0.00%");
        assertThat(format.percent(new BigDecimal("0.00005"))).isEqualTo("+0.01%");
    }

    @Test
    void momentsAreShownInShanghaiTime() {
        Instant utcEvening = Instant.parse("2026-11-24T17:30:00Z");
        assertThat(format.time(utcEvening)).isEqualTo("2026-11-25 01:30:00");
        assertThat(format.date(utcEvening)).isEqualTo("2026-11-25");
    }

    @Test
    void aFractionReadsAsAPlainPercentage() {
        assertThat(DisplayFormat.percentOf(new BigDecimal("0.100000")).toString()).isEqualTo("10");
        assertThat(DisplayFormat.percentOf(new BigDecimal("0.00025")).toString()).isEqualTo("0.025");
        assertThat(format.rate(new BigDecimal("0.100000"))).isEqualTo("10%");
    }
}
