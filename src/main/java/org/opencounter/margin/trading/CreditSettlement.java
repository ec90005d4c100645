package org.opencounter.margin.trading;

import org.opencounter.orders.TradingDaySettled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a trading day settles, the shares credit accounts bought that day become sellable (T+1), as ordinary ones do.
 */
@Component
class CreditSettlement {

    private static final Logger log = LoggerFactory.getLogger(CreditSettlement.class);

    private final CreditPositions positions;

    CreditSettlement(CreditPositions positions) {
        this.positions = positions;
    }

    @ApplicationModuleListener
    void on(TradingDaySettled settled) {
        int released = positions.settle();
        log.info("Trading day {} settled: {} credit positions sellable in full", settled.tradeDate(), released);
    }
}
