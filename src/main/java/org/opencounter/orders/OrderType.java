package org.opencounter.orders;

import java.util.EnumSet;
import java.util.Set;

import org.opencounter.market.Board;
import org.opencounter.market.Exchange;

/**
 * Limit orders and the market-order types each exchange accepts (SSE: best five then cancel or then limit; STAR adds
 * own best and counterparty best with a protection price; SZSE: counterparty best, own best, best five then cancel,
 * immediate-or-cancel, fill-or-kill). Market orders are accepted only in continuous trading.
 */
public enum OrderType {
    LIMIT(false),
    BEST_FIVE_CANCEL(true),
    BEST_FIVE_LIMIT(true),
    COUNTERPARTY_BEST(true),
    OWN_BEST(true),
    IMMEDIATE_OR_CANCEL(true),
    FILL_OR_KILL(true);

    private static final Set<OrderType> SSE_MAIN = EnumSet.of(LIMIT, BEST_FIVE_CANCEL, BEST_FIVE_LIMIT);
    private static final Set<OrderType> SSE_STAR = EnumSet.of(LIMIT, BEST_FIVE_CANCEL, BEST_FIVE_LIMIT,
            COUNTERPARTY_BEST, OWN_BEST);
    private static final Set<OrderType> SZSE = EnumSet.of(LIMIT, COUNTERPARTY_BEST, OWN_BEST, BEST_FIVE_CANCEL,
            IMMEDIATE_OR_CANCEL, FILL_OR_KILL);

    private final boolean market;

    OrderType(boolean market) {
        this.market = market;
    }

    public boolean market() {
        return market;
    }

    /** Whether the exchange accepts this type for securities on the board. The BSE takes limit orders here. */
    public boolean acceptedOn(Exchange exchange, Board board) {
        return switch (exchange) {
            case SSE -> board == Board.STAR ? SSE_STAR.contains(this) : SSE_MAIN.contains(this);
            case SZSE -> SZSE.contains(this);
            case BSE -> this == LIMIT;
        };
    }

    /** STAR market orders carry a protection price (保护限价) that the fill may not cross. */
    public boolean needsProtectionPrice(Board board) {
        return market && board == Board.STAR;
    }

    /** The types offered for a security, in the order the form lists them. */
    public static Set<OrderType> acceptedFor(Exchange exchange, Board board) {
        Set<OrderType> accepted = EnumSet.noneOf(OrderType.class);
        for (OrderType type : values()) {
            if (type.acceptedOn(exchange, board)) {
                accepted.add(type);
            }
        }
        return accepted;
    }
}
