package org.opencounter.margin;

import java.math.BigDecimal;

/**
 * The house lines of the maintenance collateral ratio (the 2019 rule change lets firms set them): warning under
 * 150%, call under 130% with 150% to be restored within 2 trading days, liquidation under 110%, withdrawal of excess
 * collateral above 300% as long as 300% remains.
 */
public record RatioLines(BigDecimal warning, BigDecimal call, BigDecimal liquidation, BigDecimal withdrawal,
                         int callDeadlineTradingDays) {

    public static final RatioLines HOUSE = new RatioLines(new BigDecimal("1.50"), new BigDecimal("1.30"),
            new BigDecimal("1.10"), new BigDecimal("3.00"), 2);

    public RatioLines {
        if (!(liquidation.compareTo(call) < 0 && call.compareTo(warning) < 0 && warning.compareTo(withdrawal) < 0)) {
            throw new IllegalArgumentException("lines must rise: liquidation < call < warning < withdrawal");
        }
        if (callDeadlineTradingDays < 1) {
            throw new IllegalArgumentException("a call needs at least one trading day");
        }
    }

    /**
     * The band, compared exactly (assets against line × debts) so that rounding never moves a contract over a line.
     * Assets and debts are added up once: the monitor bands every contract on each pass.
     */
    public RatioBand band(CollateralPosition position) {
        BigDecimal debts = position.debts();
        if (debts.signum() == 0) {
            return RatioBand.NO_DEBT;
        }
        BigDecimal assets = position.assets();
        if (assets.compareTo(liquidation.multiply(debts)) < 0) {
            return RatioBand.LIQUIDATION;
        }
        if (assets.compareTo(call.multiply(debts)) < 0) {
            return RatioBand.CALL;
        }
        if (assets.compareTo(warning.multiply(debts)) < 0) {
            return RatioBand.WARNING;
        }
        return assets.compareTo(withdrawal.multiply(debts)) > 0 ? RatioBand.WITHDRAWABLE : RatioBand.NORMAL;
    }

    /** The ratio a call must restore: the warning line. */
    public BigDecimal restore() {
        return warning;
    }
}
