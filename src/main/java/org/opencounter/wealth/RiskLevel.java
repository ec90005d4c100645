package org.opencounter.wealth;

/** A product's or service's risk level, R1 (low) to R5 (high), as the firm rated it. */
public enum RiskLevel {
    R1, R2, R3, R4, R5;

    public int rank() {
        return ordinal() + 1;
    }
}
