package org.opencounter.orders.order;

import org.opencounter.clients.TradingAccount;
import org.opencounter.market.Exchange;
import org.opencounter.orders.exchange.ExchangeGateway;
import org.opencounter.orders.exchange.ExchangeOrder;
import org.springframework.stereotype.Component;

/** Sends an accepted order to the exchange once its transaction has committed. */
@Component
public class OrderRouting {

    private final ExchangeGateway gateway;

    OrderRouting(ExchangeGateway gateway) {
        this.gateway = gateway;
    }

    public void sendAfterCommit(Order order, TradingAccount account) {
        Exchange exchange = Exchange.valueOf(order.getExchange());
        String securitiesAccount = account.securitiesAccounts().get(exchange == Exchange.SSE ? "SSE" : "SZSE");
        ExchangeOrder message = new ExchangeOrder(order.getClientOrderId(), order.getCode(), exchange, order.getSide(),
                order.getType(), order.getQuantity(), order.getPrice(), securitiesAccount, order.getTradeDate());
        AfterCommit.run(() -> gateway.submit(message));
    }
}
