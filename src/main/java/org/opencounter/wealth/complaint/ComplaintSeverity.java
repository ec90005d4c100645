package org.opencounter.wealth.complaint;

/** How serious a complaint is; a critical one goes to the branch manager and compliance at once. */
public enum ComplaintSeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
