package org.opencounter.margin.credit;

/** A margin contract's life: active, suspended (no new financing or short sales), expired, or closed. */
public enum ContractStatus {
    ACTIVE, SUSPENDED, EXPIRED, CLOSED
}
