package org.opencounter.margin.credit;

/** A contract change waiting for the risk officer, applied, or rejected. */
public enum ContractChangeStatus {
    PENDING, APPLIED, REJECTED
}
