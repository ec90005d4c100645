package org.opencounter.margin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The worked examples of the domain reference: cash 50,000, financed 300,000, interest 2,000. */
class CollateralPositionTest {

    private static final RatioLines LINES = RatioLines.HOUSE;

    private static CollateralPosition withSecurities(String securities) {
        return new CollateralPosition(new BigDecimal("50000"), new BigDecimal(securities), new BigDecimal("300000"),
                BigDecimal.ZERO, new BigDecimal("2000"));
    }

    private static CollateralPosition assetsOver100000(String assets) {
        return new CollateralPosition(new BigDecimal(assets), BigDecimal.ZERO, new BigDecimal("100000"),
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void securitiesOf450000GiveAHealthyRatio() {
        CollateralPosition position = withSecurities("450000");

        assertThat(position.ratio()).isEqualByComparingTo("1.6556");
        assertThat(LINES.band(position)).isEqualTo(RatioBand.NORMAL);
    }

    @Test
    void aFallTo360000IsAWarning() {
        CollateralPosition position = withSecurities("360000");

        assertThat(position.ratio()).isEqualByComparingTo("1.3576");
        assertThat(LINES.band(position)).isEqualTo(RatioBand.WARNING);
    }

    @Test
    void aFallTo330000IsACallThat73000OfCashOr146000OfSalesMeets() {
        CollateralPosition position = withSecurities("330000");

        assertThat(position.ratio()).isEqualByComparingTo("1.2583");
        assertThat(LINES.band(position)).isEqualTo(RatioBand.CALL);
        assertThat(position.cashToRestore(LINES.restore())).isEqualByComparingTo("73000.00");
        assertThat(position.salesToRestore(LINES.restore())).isEqualByComparingTo("146000.00");
        CollateralPosition sold = new CollateralPosition(new BigDecimal("50000"), new BigDecimal("184000"),
                new BigDecimal("156000"), BigDecimal.ZERO, new BigDecimal("0"));
        assertThat(sold.ratio()).isEqualByComparingTo("1.5000");
    }

    @Test
    void warningStartsJustUnder150Percent() {
        assertThat(LINES.band(assetsOver100000("150000.00"))).isEqualTo(RatioBand.NORMAL);
        assertThat(LINES.band(assetsOver100000("149999.99"))).isEqualTo(RatioBand.WARNING);
        assertThat(LINES.band(assetsOver100000("150000.01"))).isEqualTo(RatioBand.NORMAL);
    }

    @Test
    void callIsRaisedBelow130Percent() {
        assertThat(LINES.band(assetsOver100000("130000.00"))).isEqualTo(RatioBand.WARNING);
        assertThat(LINES.band(assetsOver100000("129999.99"))).isEqualTo(RatioBand.CALL);
    }

    @Test
    void liquidationIsImmediateBelow110Percent() {
        assertThat(LINES.band(assetsOver100000("110000.00"))).isEqualTo(RatioBand.CALL);
        assertThat(LINES.band(assetsOver100000("109999.99"))).isEqualTo(RatioBand.LIQUIDATION);
        assertThat(LINES.band(assetsOver100000("109999.99")).actionRequired()).isTrue();
    }

    @Test
    void excessCollateralMayLeaveOnlyAbove300Percent() {
        assertThat(LINES.band(assetsOver100000("300000.00"))).isEqualTo(RatioBand.NORMAL);
        assertThat(LINES.band(assetsOver100000("300000.01"))).isEqualTo(RatioBand.WITHDRAWABLE);
        assertThat(assetsOver100000("300000.00").excessOver(LINES.withdrawal())).isEqualByComparingTo("0.00");
        assertThat(assetsOver100000("300000.01").excessOver(LINES.withdrawal())).isEqualByComparingTo("0.01");
        assertThat(assetsOver100000("420000.00").excessOver(LINES.withdrawal())).isEqualByComparingTo("120000.00");
    }

    @Test
    void aContractWithoutDebtHasNoRatio() {
        CollateralPosition clear = new CollateralPosition(new BigDecimal("80000"), new BigDecimal("10000"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(clear.ratio()).isNull();
        assertThat(LINES.band(clear)).isEqualTo(RatioBand.NO_DEBT);
    }

    @Test
    void shortedSharesCountAsDebtAtTheirCurrentValue() {
        CollateralPosition shortSeller = new CollateralPosition(new BigDecimal("160000"), BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("100000"), new BigDecimal("500"));

        assertThat(shortSeller.ratio()).isEqualByComparingTo("1.5920");
        assertThat(shortSeller.cashToRestore(LINES.restore())).isEqualByComparingTo("0.00");
    }
}
