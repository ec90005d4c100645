package org.opencounter.orders.order;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

/**
 * What an order is made from before it has an id: the request with the account and the prices worked out.
 *
 * @param creditTrade what the order does on the credit account; null for the ordinary account
 */
public record OrderDraft(String idempotencyKey, long clientId, long branchId, long fundAccountId, String code,
                         String exchange, Side side, OrderType type, long quantity, BigDecimal price,
                         BigDecimal freezePrice, LocalDate tradeDate, CreditTrade creditTrade) {
}
