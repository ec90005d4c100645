package org.opencounter.orders.check;

import org.opencounter.market.Board;
import org.opencounter.market.Exchange;
import org.opencounter.market.Instrument;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

/**
 * Quantity rules per board (SSE/SZSE/BSE trading rules; domain reference §2). Main board and ChiNext buys go in
 * lots of 100; STAR buys are at least 200 shares then any number; BSE at least 100 then any number. A holding's odd
 * lot (the part under 100 shares) must be sold in one order, so with 150 sellable, 100, 50 and 150 may be sold but
 * 120 and 30 may not; on STAR and the BSE, a holding under the minimum is sold whole. Each board caps the shares per
 * order, lower for market orders.
 */
final class OrderSizeRules {

    static final long LOT = 100;
    static final long STAR_MINIMUM = 200;
    static final long BSE_MINIMUM = 100;

    private OrderSizeRules() {
    }

    static CheckVerdict check(Instrument instrument, Side side, OrderType type, long quantity, long sellable) {
        if (quantity <= 0) {
            return CheckVerdict.reject("orders.check.quantity.positive");
        }
        long maximum = maximum(instrument.exchange(), instrument.board(), type.market());
        if (quantity > maximum) {
            return CheckVerdict.reject("orders.check.quantity.maximum", quantity, maximum);
        }
        return switch (instrument.board()) {
            case STAR -> minimumThenAny(side, quantity, sellable, STAR_MINIMUM);
            case BSE -> minimumThenAny(side, quantity, sellable, BSE_MINIMUM);
            case MAIN, CHINEXT -> boardLots(side, quantity, sellable);
        };
    }

    private static CheckVerdict boardLots(Side side, long quantity, long sellable) {
        if (quantity % LOT == 0) {
            return CheckVerdict.pass();
        }
        long oddLot = sellable % LOT;
        if (side == Side.SELL && oddLot != 0 && quantity % LOT == oddLot) {
            return CheckVerdict.pass();
        }
        if (side == Side.SELL && oddLot != 0) {
            return CheckVerdict.reject("orders.check.quantity.oddLot", quantity, oddLot);
        }
        return CheckVerdict.reject("orders.check.quantity.boardLot", quantity, LOT);
    }

    private static CheckVerdict minimumThenAny(Side side, long quantity, long sellable, long minimum) {
        if (quantity >= minimum || (side == Side.SELL && quantity == sellable)) {
            return CheckVerdict.pass();
        }
        return CheckVerdict.reject(side == Side.SELL ? "orders.check.quantity.sellRemainder"
                : "orders.check.quantity.minimum", quantity, minimum);
    }

    /** Shares per order: SSE main 1,000,000 (market 500,000), STAR 100,000 (50,000), ChiNext 300,000 (150,000). */
    static long maximum(Exchange exchange, Board board, boolean market) {
        return switch (board) {
            case STAR -> market ? 50_000 : 100_000;
            case CHINEXT -> market ? 150_000 : 300_000;
            case MAIN -> exchange == Exchange.SSE && market ? 500_000 : 1_000_000;
            case BSE -> 1_000_000;
        };
    }
}
