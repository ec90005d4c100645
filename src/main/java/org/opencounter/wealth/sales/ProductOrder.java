package org.opencounter.wealth.sales;

import java.math.BigDecimal;
import java.time.Instant;

/** One subscription or redemption as it was booked. */
public record ProductOrder(long id, long clientId, long productId, String side, BigDecimal amount, BigDecimal fee,
                           BigDecimal units, BigDecimal nav, String fit, String soldBy, Instant soldAt) {
}
