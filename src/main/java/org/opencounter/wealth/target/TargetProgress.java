package org.opencounter.wealth.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One target against what was achieved in its period: for a member of staff or (branchTarget) a whole branch. */
public record TargetProgress(long id, String owner, boolean branchTarget, TargetPeriod period, TargetMetric metric,
                             BigDecimal target, BigDecimal actual) {

    /** actual / target, to four places (1.0000 is exactly met). */
    public BigDecimal achieved() {
        return actual.divide(target, 4, RoundingMode.HALF_UP);
    }

    public boolean met() {
        return actual.compareTo(target) >= 0;
    }
}
