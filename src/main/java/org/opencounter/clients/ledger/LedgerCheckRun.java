package org.opencounter.clients.ledger;

import java.time.Instant;
import java.util.List;

/** One run of the consistency check, as the auditors' page shows it. */
public record LedgerCheckRun(long id, Instant ranAt, String triggeredBy, long entriesChecked, long accountsChecked,
                             List<String> breaks, long durationMs) {

    public boolean clean() {
        return breaks.isEmpty();
    }
}
