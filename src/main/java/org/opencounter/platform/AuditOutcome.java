package org.opencounter.platform;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
