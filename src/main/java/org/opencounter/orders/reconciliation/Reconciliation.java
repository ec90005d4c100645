package org.opencounter.orders.reconciliation;

import java.time.LocalDate;
import java.util.List;

/** A trade date's reconciliation: how many trades each side has, how many agree, and the breaks. */
public record Reconciliation(LocalDate tradeDate, int exchangeTrades, int bookedTrades, int matched,
                             List<TradeBreak> breaks) {

    public boolean clean() {
        return breaks.isEmpty();
    }

    public long count(TradeBreak.Kind kind) {
        return breaks.stream().filter(found -> found.kind() == kind).count();
    }
}
