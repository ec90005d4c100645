package org.opencounter.compliance.aml;

import java.time.Instant;
import java.time.LocalDate;

/** A scan of one business date by every running rule version, as its page follows it. */
public record AmlScan(LocalDate businessDate, String status, int rulesDone, int rulesTotal, long records, int alerts,
                      int shadowAlerts, String error, String startedBy, Instant startedAt, Instant finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /** How far the scan is, 0–100. */
    public int percent() {
        return completed() ? 100 : rulesTotal == 0 ? 0 : rulesDone * 100 / rulesTotal;
    }
}
