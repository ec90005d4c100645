package org.opencounter.compliance.screening;

/** The lists clients are screened against: sanctions, politically exposed persons, and the firm's own blacklist. */
public enum WatchListKind {
    SANCTIONS, PEP, BLACKLIST
}
