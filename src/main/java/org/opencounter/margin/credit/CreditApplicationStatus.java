package org.opencounter.margin.credit;

/** Where a credit application stands: waiting for the risk officer, approved (a contract opened) or rejected. */
public enum CreditApplicationStatus {
    PENDING, APPROVED, REJECTED
}
