package org.opencounter.margin.credit;

import java.math.BigDecimal;

/**
 * The house credit ratings a score maps to, and the largest credit line each allows as a multiple of the client's
 * average daily assets: A (85–100) twice, B (70–84) one and a half times, C (55–69) once, D (40–54) half; E (under
 * 40) gets no credit.
 */
public enum CreditRating {
    A(85, "2.0"),
    B(70, "1.5"),
    C(55, "1.0"),
    D(40, "0.5"),
    E(0, "0");

    private final int minimumScore;
    private final BigDecimal lineMultiple;

    CreditRating(int minimumScore, String lineMultiple) {
        this.minimumScore = minimumScore;
        this.lineMultiple = new BigDecimal(lineMultiple);
    }

    public static CreditRating of(int score) {
        for (CreditRating rating : values()) {
            if (score >= rating.minimumScore) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a score is never negative: " + score);
    }

    /** The largest line: average daily assets × the rating's multiple, to the whole yuan down. */
    public BigDecimal maximumLine(BigDecimal averageAssets) {
        return averageAssets.multiply(lineMultiple).setScale(0, java.math.RoundingMode.DOWN).setScale(2);
    }

    public boolean grantsCredit() {
        return lineMultiple.signum() > 0;
    }
}
