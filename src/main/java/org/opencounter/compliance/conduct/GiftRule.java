package org.opencounter.compliance.conduct;

import java.math.BigDecimal;

/**
 * Which gift and entertainment declarations compliance reviews. The CSRC's integrity rules for securities firms
 * (证券期货经营机构及其工作人员廉洁从业规定) forbid improper benefits without naming an amount; the house sets the line
 * at 200 yuan, at or above which a declaration is reviewed, and reviews anything given to or received from a
 * regulator whatever its value.
 */
public final class GiftRule {

    /** At or above this value a gift is reviewed (house rule). */
    public static final BigDecimal REVIEW_FROM = new BigDecimal("200.00");

    private GiftRule() {
    }

    public static boolean needsReview(BigDecimal value, String counterpartyKind) {
        return value.compareTo(REVIEW_FROM) >= 0 || "REGULATOR".equals(counterpartyKind);
    }
}
