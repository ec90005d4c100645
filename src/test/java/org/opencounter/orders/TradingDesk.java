package org.opencounter.orders;

import java.math.BigDecimal;
import java.util.UUID;

import org.opencounter.clients.CashBalances;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.orders.exchange.SimulatedExchange;
import org.opencounter.orders.position.Position;
import org.opencounter.orders.position.PositionRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens funded clients, gives them holdings and places their orders as the SH01 clerk, waiting for the simulated
 * exchange's fills (with another gateway, the test waits for them itself).
 */
public class TradingDesk {

    private final ClientsFixture fixture;
    private final OrderEntry entry;
    private final SimulatedExchange exchange;
    private final TradeCash cash;
    private final TradingAccounts accounts;
    private final PositionRepository positions;
    private final TransactionTemplate transactions;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public TradingDesk(ApplicationContext context) {
        this.fixture = new ClientsFixture(context);
        this.entry = context.getBean(OrderEntry.class);
        this.exchange = context.getBeanProvider(SimulatedExchange.class).getIfAvailable();
        this.cash = context.getBean(TradeCash.class);
        this.accounts = context.getBean(TradingAccounts.class);
        this.positions = context.getBean(PositionRepository.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }

    /** A quiet market to trade in: the security quoted at the price (and closed there yesterday), empty books. */
    public void quietMarket(String code, String price) {
        jdbc.sql("update market_latest_price set price = ?, prev_close = ?, updated_at = now() where code = ?")
                .params(new BigDecimal(price), new BigDecimal(price), code).update();
        if (exchange != null) {
            exchange.clear();
        }
    }

    /** The security's price moves; resting orders trade again with the simulated book around the new price. */
    public void priceMovesTo(String code, String price) {
        jdbc.sql("update market_latest_price set price = ?, updated_at = now() where code = ?")
                .params(new BigDecimal(price), code).update();
        exchange.sweep();
        exchange.awaitIdle();
    }

    public ClientsFixture fixture() {
        return fixture;
    }

    public long clientWith(int sequence, String deposit) {
        long client = fixture.openClient(sequence);
        fixture.deposit(client, deposit);
        return client;
    }

    /** A holding bought on an earlier day, sellable now. */
    public void holds(long client, String code, long quantity, String cost) {
        transactions.executeWithoutResult(status -> {
            Position held = new Position(client, code, java.time.Instant.now());
            held.buy(quantity, new BigDecimal(cost), true, java.time.Instant.now());
            positions.save(held);
        });
    }

    public OrderReceipt place(long client, String code, Side side, OrderType type, long quantity, String price,
                              String key) {
        OrderReceipt receipt = fixture.as("clerk", () -> entry.place(new PlaceOrder(client, code, side, type, quantity,
                price == null ? null : new BigDecimal(price), key)));
        if (exchange != null) {
            exchange.awaitIdle();
        }
        return receipt;
    }

    /** A limit order on the client's credit account. */
    public OrderReceipt place(long client, String code, CreditTrade trade, long quantity, String price) {
        OrderReceipt receipt = fixture.as("clerk", () -> entry.place(new PlaceOrder(client, code, trade.side(),
                OrderType.LIMIT, quantity, new BigDecimal(price), UUID.randomUUID().toString(), trade)));
        if (exchange != null) {
            exchange.awaitIdle();
        }
        return receipt;
    }

    public OrderReceipt place(long client, String code, Side side, long quantity, String price) {
        return place(client, code, side, OrderType.LIMIT, quantity, price, UUID.randomUUID().toString());
    }

    public String fundAccount(long client) {
        return fixture.as("clerk", () -> accounts.visible(client)).fundAccountNumber();
    }

    public CashBalances balances(long client) {
        return cash.balances(fixture.as("clerk", () -> accounts.visible(client)).fundAccountId());
    }
}
