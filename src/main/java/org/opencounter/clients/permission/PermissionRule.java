package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.clients.TradingPermission;

/**
 * What an individual investor must show to trade a board (投资者适当性管理): average daily assets in the securities and
 * fund accounts over the 20 trading days before applying of at least 100,000 CNY for ChiNext (创业板投资者适当性管理实施办法,
 * 2020) and 500,000 CNY for the STAR market (科创板股票交易特别规定) and the BSE (北交所投资者适当性管理办法, 2023), and 24
 * months of securities trading. Institutions are not held to these figures.
 */
public enum PermissionRule {
    CHINEXT(new BigDecimal("100000.00")),
    STAR(new BigDecimal("500000.00")),
    BSE(new BigDecimal("500000.00"));

    /** The trading days averaged over. */
    public static final int AVERAGING_DAYS = 20;
    /** The months of trading experience required. */
    public static final int EXPERIENCE_MONTHS = 24;

    private final BigDecimal minimumAverageAssets;

    PermissionRule(BigDecimal minimumAverageAssets) {
        this.minimumAverageAssets = minimumAverageAssets;
    }

    public static PermissionRule of(TradingPermission board) {
        return valueOf(board.name());
    }

    public BigDecimal minimumAverageAssets() {
        return minimumAverageAssets;
    }

    /**
     * The average over the averaging days of each day's closing assets; days with no figure (before the account was
     * opened) count as nothing. Exact: a sum divided by 20 needs two more decimals, never rounding.
     */
    public static BigDecimal average(List<BigDecimal> dailyAssets) {
        BigDecimal sum = dailyAssets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(AVERAGING_DAYS), Math.max(sum.scale(), 2) + 2, RoundingMode.UNNECESSARY);
    }

    public boolean assetsMet(BigDecimal averageAssets) {
        return averageAssets.compareTo(minimumAverageAssets) >= 0;
    }

    /** The day from which a client who first traded on the given day has the experience required. */
    public static LocalDate experiencedFrom(LocalDate firstTrade) {
        return firstTrade.plusMonths(EXPERIENCE_MONTHS);
    }

    /** Whether a client who first traded on the given day (null: never) has traded long enough by today. */
    public static boolean experienced(LocalDate firstTrade, LocalDate today) {
        return firstTrade != null && !experiencedFrom(firstTrade).isAfter(today);
    }
}
