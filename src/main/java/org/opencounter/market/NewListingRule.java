package org.opencounter.market;

/**
 * Stocks newly listed under the registration system trade without a daily price limit for their first five
 * trading days; on the BSE only on the first day (SSE/SZSE/BSE trading rules).
 */
public final class NewListingRule {

    static final int REGISTRATION_UNLIMITED_DAYS = 5;
    static final int BSE_UNLIMITED_DAYS = 1;
    /**
     * A stock listed longer ago than this many calendar days is past its unlimited days whatever the holidays (five
     * trading days span three weeks at most), so its trading days need not be counted.
     */
    static final int CALENDAR_DAYS_THAT_MATTER = 60;

    private NewListingRule() {
    }

    /**
     * @param tradingDayNumber 1 on the listing day, 2 on the next trading day, and so on
     */
    public static boolean unlimited(SecurityType type, Board board, long tradingDayNumber) {
        if (type != SecurityType.STOCK || tradingDayNumber < 1) {
            return false;
        }
        int days = board == Board.BSE ? BSE_UNLIMITED_DAYS : REGISTRATION_UNLIMITED_DAYS;
        return tradingDayNumber <= days;
    }
}
