package org.opencounter.market;

import java.time.LocalTime;

/** Where a trading day stands at a moment (SSE/SZSE sessions; STAR and ChiNext add fixed-price after-hours). */
public enum MarketPhase {
    CLOSED(false),
    PRE_OPEN(false),
    OPENING_AUCTION(true),
    OPENING_AUCTION_NO_CANCEL(true),
    PRE_CONTINUOUS(false),
    CONTINUOUS(true),
    LUNCH_BREAK(false),
    CLOSING_AUCTION(true),
    AFTER_CLOSE(false),
    AFTER_HOURS_FIXED_PRICE(true);

    private final boolean acceptsOrders;

    MarketPhase(boolean acceptsOrders) {
        this.acceptsOrders = acceptsOrders;
    }

    public boolean acceptsOrders() {
        return acceptsOrders;
    }

    /** The phase of a trading day at a Shanghai local time; each phase starts inclusive and ends exclusive. */
    public static MarketPhase at(LocalTime time) {
        if (time.isBefore(LocalTime.of(9, 15))) {
            return PRE_OPEN;
        }
        if (time.isBefore(LocalTime.of(9, 20))) {
            return OPENING_AUCTION;
        }
        if (time.isBefore(LocalTime.of(9, 25))) {
            return OPENING_AUCTION_NO_CANCEL;
        }
        if (time.isBefore(LocalTime.of(9, 30))) {
            return PRE_CONTINUOUS;
        }
        if (time.isBefore(LocalTime.of(11, 30))) {
            return CONTINUOUS;
        }
        if (time.isBefore(LocalTime.of(13, 0))) {
            return LUNCH_BREAK;
        }
        if (time.isBefore(LocalTime.of(14, 57))) {
            return CONTINUOUS;
        }
        if (time.isBefore(LocalTime.of(15, 0))) {
            return CLOSING_AUCTION;
        }
        if (time.isBefore(LocalTime.of(15, 5))) {
            return AFTER_CLOSE;
        }
        if (time.isBefore(LocalTime.of(15, 30))) {
            return AFTER_HOURS_FIXED_PRICE;
        }
        return AFTER_CLOSE;
    }

    /** Whether prices move: the auctions and continuous trading. */
    public boolean pricesMove() {
        return this == OPENING_AUCTION || this == OPENING_AUCTION_NO_CANCEL || this == CONTINUOUS
                || this == CLOSING_AUCTION;
    }
}
