package org.opencounter.clients;

import java.time.Instant;
import java.util.List;

/** Published when the ledger consistency check finds a break: an unbalanced entry or a balance that is not its journal. */
public record LedgerBreakDetected(long checkRunId, Instant ranAt, List<String> breaks) {
}
