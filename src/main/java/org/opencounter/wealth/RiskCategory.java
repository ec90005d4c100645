package org.opencounter.wealth;

/**
 * An ordinary investor's risk tolerance, C1 (conservative) to C5 (aggressive). A category may hold products up to the
 * level of the same number: C1–R1, C2–R1..R2, C3–R1..R3, C4–R1..R4, C5–R1..R5 (适当性管理办法). C1 is the lowest
 * category, who may never get a product above their level.
 */
public enum RiskCategory {
    C1, C2, C3, C4, C5;

    public int rank() {
        return ordinal() + 1;
    }

    /** Whether a product of this level is within the category's tolerance. */
    public boolean tolerates(RiskLevel level) {
        return level.rank() <= rank();
    }

    /** The highest level the category tolerates. */
    public RiskLevel highestLevel() {
        return RiskLevel.values()[ordinal()];
    }

    public boolean lowest() {
        return this == C1;
    }
}
