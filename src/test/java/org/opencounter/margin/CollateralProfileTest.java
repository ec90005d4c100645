package org.opencounter.margin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.opencounter.market.SecurityType;

class CollateralProfileTest {

    private static CollateralProfile stock(boolean constituent, String pe) {
        return new CollateralProfile(SecurityType.STOCK, constituent, false, false, false,
                pe == null ? null : new BigDecimal(pe));
    }

    @Test
    void indexConstituentsAt70AndOtherSharesAt65() {
        assertThat(stock(true, "12.5").exchangeMaximum()).isEqualByComparingTo("0.70");
        assertThat(stock(false, "12.5").exchangeMaximum()).isEqualByComparingTo("0.65");
        assertThat(stock(false, null).exchangeMaximum()).isEqualByComparingTo("0.65");
    }

    @Test
    void aStaticPeOver300OrNegativeIsWorthNothing() {
        assertThat(stock(true, "300").exchangeMaximum()).isEqualByComparingTo("0.70");
        assertThat(stock(true, "300.01").exchangeMaximum()).isEqualByComparingTo("0");
        assertThat(stock(false, "0").exchangeMaximum()).isEqualByComparingTo("0.65");
        assertThat(stock(false, "-0.01").exchangeMaximum()).isEqualByComparingTo("0");
    }

    @Test
    void stAndSuspendedAreWorthNothing() {
        assertThat(new CollateralProfile(SecurityType.STOCK, true, false, true, false, null).exchangeMaximum())
                .isEqualByComparingTo("0");
        assertThat(new CollateralProfile(SecurityType.ETF, false, false, false, true, null).exchangeMaximum())
                .isEqualByComparingTo("0");
    }

    @Test
    void fundsAndBonds() {
        assertThat(new CollateralProfile(SecurityType.ETF, false, false, false, false, null).exchangeMaximum())
                .isEqualByComparingTo("0.90");
        assertThat(new CollateralProfile(SecurityType.BOND, false, true, false, false, null).exchangeMaximum())
                .isEqualByComparingTo("0.95");
        assertThat(new CollateralProfile(SecurityType.BOND, false, false, false, false, null).exchangeMaximum())
                .isEqualByComparingTo("0.80");
        assertThat(new CollateralProfile(SecurityType.LOF, false, false, false, false, null).exchangeMaximum())
                .isEqualByComparingTo("0.80");
        assertThat(new CollateralProfile(SecurityType.CONVERTIBLE, false, false, false, false, null)
                .exchangeMaximum()).isEqualByComparingTo("0.80");
    }
}
