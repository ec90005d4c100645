package org.opencounter.margin.credit;

/**
 * What a change does to a margin contract: a new credit line, a renewal (展期) for up to six more months, a
 * suspension (no new financing or short sales) or its lifting; expiry is recorded by the nightly job.
 */
public enum ContractChangeKind {
    LINE, RENEWAL, SUSPENSION, RESUMPTION, EXPIRY;

    /** The kinds a credit officer proposes; expiry only happens. */
    public static final java.util.List<ContractChangeKind> PROPOSED = java.util.List.of(LINE, RENEWAL, SUSPENSION,
            RESUMPTION);
}
