package org.opencounter.wealth.assessment;

import java.util.EnumMap;
import java.util.Map;

import org.opencounter.wealth.RiskCategory;

/**
 * Which total score gives which category in one questionnaire version: each category from its lowest score up to
 * the next category's lowest, less one. C1 starts at 0 and each band starts above the one before.
 */
public record ScoreBands(Map<RiskCategory, Integer> minimums) {

    public ScoreBands {
        minimums = new EnumMap<>(minimums);
        if (minimums.size() != RiskCategory.values().length) {
            throw new IllegalArgumentException("Every category needs a lowest score: " + minimums);
        }
        if (minimums.get(RiskCategory.C1) != 0) {
            throw new IllegalArgumentException("C1 starts at 0");
        }
        int previous = -1;
        for (RiskCategory category : RiskCategory.values()) {
            int minimum = minimums.get(category);
            if (minimum <= previous) {
                throw new IllegalArgumentException("Bands must rise: " + category + " starts at " + minimum);
            }
            previous = minimum;
        }
    }

    public RiskCategory categoryOf(int score) {
        if (score < 0) {
            throw new IllegalArgumentException("A score cannot be negative: " + score);
        }
        RiskCategory found = RiskCategory.C1;
        for (RiskCategory category : RiskCategory.values()) {
            if (score >= minimums.get(category)) {
                found = category;
            }
        }
        return found;
    }

    public int minimum(RiskCategory category) {
        return minimums.get(category);
    }

    /** The highest score of the category, or null for the top one (bounded only by the questionnaire). */
    public Integer maximum(RiskCategory category) {
        return category == RiskCategory.C5 ? null : minimums.get(RiskCategory.values()[category.ordinal() + 1]) - 1;
    }
}
