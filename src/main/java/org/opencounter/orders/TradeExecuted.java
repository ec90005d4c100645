package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A fill was booked: cash, position and fees have moved. For compliance, risk and margin. */
public record TradeExecuted(long tradeId, long orderId, long clientId, long branchId, String code, Side side,
                            long quantity, BigDecimal price, BigDecimal amount, BigDecimal fees, LocalDate tradeDate,
                            Instant at) {
}
