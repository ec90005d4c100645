package org.opencounter.orders.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One trade (成交) on a blotter or an order's page. */
public record TradeRow(long id, String execId, long orderId, String clientName, String code, String securityName,
                       String side, long quantity, BigDecimal price, BigDecimal amount, BigDecimal fees,
                       LocalDate tradeDate, Instant executedAt) {
}
