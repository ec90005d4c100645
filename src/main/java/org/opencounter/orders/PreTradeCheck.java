package org.opencounter.orders;

/**
 * One check an order must pass before it goes to the exchange. Every check bean runs, in {@link #position()} order,
 * and each result is stored on the order. The orders module's own checks sit at 100 (account) to 900 (fat finger);
 * other modules add theirs in between (compliance restricted lists, wealth suitability, margin limits).
 */
public interface PreTradeCheck {

    /** A short code stored with each result, e.g. {@code SESSION}. */
    String code();

    int position();

    /** Whether the check concerns this order at all; one that does not is neither run nor recorded on it. */
    default boolean appliesTo(OrderTicket ticket) {
        return true;
    }

    CheckVerdict check(OrderTicket ticket);
}
