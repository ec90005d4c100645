package org.opencounter.orders.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.opencounter.market.FeeRates;

/** A negotiated rate lies between what the exchange is paid out of it (0.00541%) and the cap (0.3%). */
class CommissionBoundsTest {

    private final CommissionBounds bounds = CommissionBounds.of(TradeFeesTest.RATES);

    @Test
    void floorIsTheHandlingAndRegulatoryFeesPaidOutOfTheCommission() {
        assertThat(bounds.floor()).isEqualByComparingTo("0.0000541");
        assertThat(bounds.allows(new BigDecimal("0.0000541"))).isTrue();
        assertThat(bounds.allows(new BigDecimal("0.00005409"))).isFalse();
        assertThat(bounds.allows(new BigDecimal("0.00005411"))).isTrue();
    }

    @Test
    void capIsThreeTenthsOfAPercent() {
        assertThat(bounds.allows(new BigDecimal("0.003"))).isTrue();
        assertThat(bounds.allows(new BigDecimal("0.00300001"))).isFalse();
        assertThat(bounds.allows(new BigDecimal("0.00299999"))).isTrue();
    }

    @Test
    void fromZeroUpOnlyWhenTheExchangeFeesAreChargedOnTop() {
        FeeRates separate = new FeeRates(new BigDecimal("0.00025"), new BigDecimal("5.00"), new BigDecimal("0.003"),
                new BigDecimal("0.0005"), new BigDecimal("0.00001"), new BigDecimal("0.0000341"), false,
                new BigDecimal("0.00002"), false);
        CommissionBounds open = CommissionBounds.of(separate);
        assertThat(open.allows(new BigDecimal("0.00001"))).isTrue();
        assertThat(open.allows(BigDecimal.ZERO)).isFalse();
        assertThat(open.allows(new BigDecimal("-0.0001"))).isFalse();
    }
}
