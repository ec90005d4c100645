package org.opencounter.clients;

/** The cash ledger's consistency check, for the end of day to run after the day's postings. */
public interface LedgerVerification {

    /** Runs and records the check; answers the number of breaks found. */
    int verify();
}
