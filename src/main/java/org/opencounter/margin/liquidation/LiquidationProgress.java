package org.opencounter.margin.liquidation;

import org.opencounter.orders.OrderRejected;
import org.opencounter.orders.TradeExecuted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Follows the orders of executing plans: each fill or refusal may be the last one a plan waits for. */
@Component
class LiquidationProgress {

    private final Liquidations liquidations;

    LiquidationProgress(Liquidations liquidations) {
        this.liquidations = liquidations;
    }

    @ApplicationModuleListener
    void on(TradeExecuted executed) {
        liquidations.orderMoved(executed.orderId());
    }

    @ApplicationModuleListener
    void on(OrderRejected rejected) {
        liquidations.orderMoved(rejected.orderId());
    }
}
