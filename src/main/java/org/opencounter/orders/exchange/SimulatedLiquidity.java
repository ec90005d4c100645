package org.opencounter.orders.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.opencounter.market.PriceBand;

/**
 * The simulated market's other participants: a few price levels on each side of the latest price, each offering
 * about the configured value in board lots. Asks start at the latest price, bids one tick below; levels outside the
 * day's band are left out.
 */
record SimulatedLiquidity(BigDecimal reference, List<OrderBook.Level> asks, List<OrderBook.Level> bids) {

    static SimulatedLiquidity around(BigDecimal latest, BigDecimal tick, PriceBand band, int levels,
                                     BigDecimal levelValue, long lot) {
        long lots = levelValue.divide(latest.multiply(BigDecimal.valueOf(lot)), 0, RoundingMode.DOWN).longValue();
        long quantity = Math.max(1, lots) * lot;
        List<OrderBook.Level> asks = new ArrayList<>();
        List<OrderBook.Level> bids = new ArrayList<>();
        for (int k = 0; k < levels; k++) {
            BigDecimal ask = latest.add(tick.multiply(BigDecimal.valueOf(k)));
            BigDecimal bid = latest.subtract(tick.multiply(BigDecimal.valueOf(k + 1L)));
            if (band.admits(ask)) {
                asks.add(new OrderBook.Level(ask, quantity));
            }
            if (bid.signum() > 0 && band.admits(bid)) {
                bids.add(new OrderBook.Level(bid, quantity));
            }
        }
        return new SimulatedLiquidity(latest, List.copyOf(asks), List.copyOf(bids));
    }
}
