package org.opencounter.orders.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.opencounter.orders.Side;

/** One trade as the exchange records it in its daily trade file (成交回报文件). */
public record ExchangeTrade(LocalDate tradeDate, String execId, String clientOrderId, String securitiesAccount,
                            String code, Side side, long quantity, BigDecimal price, Instant executedAt) {
}
