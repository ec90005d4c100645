package org.opencounter.platform;

/** Appends to the tamper-proof audit trail; every module records its changes and sensitive views here. */
public interface AuditTrail {

    /** Records within the caller's transaction, so the fact and the change commit or roll back together. */
    void record(AuditRecord record);

    /** Records in a transaction of its own, for facts that must stay even when the caller's work fails. */
    void recordIndependently(AuditRecord record);
}
