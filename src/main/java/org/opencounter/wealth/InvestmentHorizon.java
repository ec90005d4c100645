package org.opencounter.wealth;

/**
 * How long a client means to invest, as stated in the assessment (拟投资期限), and how long a product binds money: up
 * to a year, one to five years, or longer.
 */
public enum InvestmentHorizon {
    SHORT, MEDIUM, LONG;

    private static final int SHORT_MONTHS = 12;
    private static final int MEDIUM_MONTHS = 60;

    /** The horizon a product of this term needs: 0–12 months short, 13–60 medium, beyond that long. */
    public static InvestmentHorizon ofMonths(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("A term cannot be negative: " + months);
        }
        return months <= SHORT_MONTHS ? SHORT : months <= MEDIUM_MONTHS ? MEDIUM : LONG;
    }

    /** Whether a client with this horizon can wait out a product needing the other. */
    public boolean covers(InvestmentHorizon needed) {
        return needed.ordinal() <= ordinal();
    }
}
