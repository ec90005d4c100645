package org.opencounter.orders.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One trade date's settlement run as its page shows it: progress while it runs, the day's figures when done.
 *
 * @param payable       what the firm paid the clearing house for the day (negative: received), credit trades included
 * @param creditPayable the part of it that settled the credit trades (信用交易)
 */
public record SettlementRun(LocalDate tradeDate, String status, SettlementStep step, int stepDone, int stepTotal,
                            int ordersExpired, int positionsSettled, int positionsSnapshot, int tradesSettled,
                            BigDecimal buyAmount, BigDecimal sellAmount, BigDecimal commission, BigDecimal stampDuty,
                            BigDecimal transferFee, BigDecimal exchangeFees, BigDecimal payable,
                            BigDecimal creditPayable, Integer ledgerBreaks, String error, String startedBy,
                            Instant startedAt, Instant finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /** How far the run is, 0–100: whole steps done plus the share of the current one. */
    public int percent() {
        if (step == SettlementStep.DONE) {
            return 100;
        }
        int steps = SettlementStep.values().length - 1;
        double within = stepTotal == 0 ? 0 : (double) stepDone / stepTotal;
        return (int) Math.floor((step.ordinal() + within) * 100 / steps);
    }

    public BigDecimal fees() {
        return commission.add(stampDuty).add(transferFee).add(exchangeFees);
    }
}
