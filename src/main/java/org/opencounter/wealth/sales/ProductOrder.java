package org.opencounter.wealth.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One subscription or redemption as it was booked.
 *
 * @param status    SETTLED once the cash has moved; a redemption is PENDING until its proceeds arrive
 * @param settlesOn the day a redemption's proceeds reach the client's cash (T+n); null for a subscription
 */
public record ProductOrder(long id, long clientId, long productId, String side, BigDecimal amount, BigDecimal fee,
                           BigDecimal units, BigDecimal nav, String fit, String soldBy, Instant soldAt, String status,
                           LocalDate settlesOn) {

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
