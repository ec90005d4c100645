package org.opencounter.orders.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opencounter.market.Exchange;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

/**
 * An order as sent to the exchange.
 *
 * @param price            the limit price or a STAR market order's protection price; null for other market orders
 * @param securitiesAccount the client's account at the exchange (股东账户)
 * @param tradeDate        the trade date the order is for (FIX TradeDate)
 */
public record ExchangeOrder(String clientOrderId, String code, Exchange exchange, Side side, OrderType type,
                            long quantity, BigDecimal price, String securitiesAccount, LocalDate tradeDate) {
}
