package org.opencounter.compliance.casework;

/** Where a case stands: under investigation, a report filing awaiting the second officer, reported, or dismissed. */
public enum CaseStatus {
    INVESTIGATING, FILING, REPORTED, DISMISSED;

    public boolean underWay() {
        return this == INVESTIGATING || this == FILING;
    }
}
