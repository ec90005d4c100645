package org.opencounter.compliance.disclosure;

/** Where a submission stands: waiting, in review, approved or returned, and published once approved. */
public enum DisclosureStatus {
    SUBMITTED, UNDER_REVIEW, APPROVED, RETURNED, PUBLISHED
}
