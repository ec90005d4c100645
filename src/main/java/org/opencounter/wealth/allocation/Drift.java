package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How far holdings have moved from a plan's target weights: per class, current minus target in percentage points.
 * A class beyond the threshold (house rule: 5 points; exactly at it is not beyond) calls for a review.
 */
public final class Drift {

    public static final BigDecimal DEFAULT_THRESHOLD_POINTS = new BigDecimal("5");

    private Drift() {
    }

    /** One class's drift in percentage points, to two places. */
    public record ClassDrift(AssetClass asset, BigDecimal target, BigDecimal current, BigDecimal points,
                             boolean beyond) {
    }

    public static List<ClassDrift> of(Weights target, Weights current, BigDecimal thresholdPoints) {
        List<ClassDrift> drifts = new ArrayList<>();
        for (AssetClass asset : AssetClass.values()) {
            BigDecimal points = current.of(asset).subtract(target.of(asset)).movePointRight(2)
                    .setScale(2, RoundingMode.HALF_UP);
            drifts.add(new ClassDrift(asset, target.of(asset), current.of(asset), points,
                    points.abs().compareTo(thresholdPoints) > 0));
        }
        return drifts;
    }

    public static boolean reviewNeeded(List<ClassDrift> drifts) {
        return drifts.stream().anyMatch(ClassDrift::beyond);
    }
}
