package org.opencounter.orders.exchange;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sweeps the simulated exchange's books every few seconds, so resting orders fill as the price moves. */
@Component
@ConditionalOnProperty(name = "opencounter.orders.gateway", havingValue = "SIMULATED", matchIfMissing = true)
class SimulatedExchangeClock {

    private final SimulatedExchange exchange;

    SimulatedExchangeClock(SimulatedExchange exchange) {
        this.exchange = exchange;
    }

    @Scheduled(fixedDelayString = "${opencounter.orders.simulated.sweep-interval:PT3S}", initialDelayString = "PT15S")
    void tick() {
        exchange.sweep();
    }
}
