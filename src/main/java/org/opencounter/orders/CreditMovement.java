package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Cash (or, for a financing buy, credit line) and shares a credit order freezes or gives back.
 *
 * @param reference makes the movement happen once however often it is asked for
 */
public record CreditMovement(long orderId, long clientId, CreditTrade trade, String code, BigDecimal cash,
                             long shares, LocalDate tradeDate, String reference, String memo, String actor) {
}
