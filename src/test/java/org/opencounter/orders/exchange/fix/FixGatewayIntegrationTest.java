package org.opencounter.orders.exchange.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.TestClock;
import org.opencounter.orders.OrderEntry;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.order.Order;
import org.opencounter.orders.order.OrderRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The FIX 4.4 gateway against a QuickFIX/J acceptor in this JVM standing in for the exchange: an order's whole life
 * (acknowledged, partly filled, filled) across a disconnect in the middle, an order entered while the session is
 * down going out with the resend after the next logon, a cancel, a repeated report, and a restart of the gateway
 * resuming its sequence numbers from the file store.
 */
@SpringBootTest
class FixGatewayIntegrationTest {

    static final String CODE = "600036";
    static final Path STORE = temporaryDirectory();
    static final int PORT = freePort();
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    static FixCounterparty exchange;

    @Autowired ApplicationContext context;
    @Autowired FixGateway gateway;
    @Autowired OrderRepository orders;
    @Autowired OrderEntry entry;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void fixSession(DynamicPropertyRegistry registry) {
        registry.add("opencounter.orders.gateway", () -> "FIX");
        registry.add("opencounter.orders.fix.port", () -> PORT);
        registry.add("opencounter.orders.fix.reconnect-seconds", () -> 1);
        registry.add("opencounter.orders.fix.store-directory", () -> STORE.resolve("counter").toString());
    }

    @BeforeAll
    static void exchangeOpens() throws Exception {
        exchange = new FixCounterparty(PORT, STORE.resolve("exchange"));
    }

    @AfterAll
    static void exchangeCloses() {
        exchange.stop();
        TestClock.INSTANCE.reset();
    }

    @Test
    void anOrderLivesThroughADisconnectAndOrdersWaitForTheResend() {
        TestClock.INSTANCE.setShanghai("2026-12-16T10:00");
        TradingDesk desk = new TradingDesk(context);
        desk.quietMarket(CODE, "10.00");
        await("logged on", gateway::loggedOn);

        long buyer = desk.clientWith(361, "100000.00");
        long later = desk.clientWith(362, "100000.00");
        OrderReceipt first = desk.place(buyer, CODE, Side.BUY, 1000, "10.00");
        String firstId = first.clientOrderId();
        await("order at the exchange", () -> exchange.received(firstId));
        await("acknowledged", () -> order(first).getStatus() == OrderStatus.NEW);
        String partial = exchange.fill(firstId, 400, "10.00");
        await("partly filled", () -> order(first).getFilledQuantity() == 400);
        assertThat(order(first).getStatus()).isEqualTo(OrderStatus.PARTIALLY_FILLED);

        exchange.goDown();
        await("session down", () -> !gateway.loggedOn());
        exchange.fill(firstId, 600, "9.99");
        OrderReceipt waiting = desk.place(later, CODE, Side.BUY, 500, "10.00");
        assertThat(order(waiting).getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(exchange.received(waiting.clientOrderId())).isFalse();
        assertThat(order(first).getFilledQuantity()).isEqualTo(400);

        exchange.comeBack();
        await("logged on again", gateway::loggedOn);
        await("the rest filled from the resend", () -> order(first).getStatus() == OrderStatus.FILLED);
        assertThat(order(first).getFilledQuantity()).isEqualTo(1000);
        await("the waiting order resent", () -> exchange.received(waiting.clientOrderId()));
        await("and acknowledged", () -> order(waiting).getStatus() == OrderStatus.NEW);
        exchange.fill(waiting.clientOrderId(), 500, "10.00");
        await("filled", () -> order(waiting).getStatus() == OrderStatus.FILLED);

        // a repeated trade report changes nothing
        exchange.repeatFill(firstId, partial, 400, "10.00");
        OrderReceipt probe = desk.place(later, CODE, Side.BUY, 100, "9.00");
        await("a later message got through", () -> order(probe).getStatus() == OrderStatus.NEW);
        assertThat(trades(first)).isEqualTo(2);
        assertThat(order(first).getFilledQuantity()).isEqualTo(1000);
        // 400 × 10.00 + 600 × 9.99 = 9,994.00, commission 0.025% = 2.50 → the 5.00 minimum, transfer fee 0.10
        assertThat(desk.balances(buyer).available()).isEqualByComparingTo("90000.90");

        // cancel: the exchange confirms, the frozen cash comes back
        desk.fixture().as("clerk", () -> entry.cancel(probe.orderId()));
        await("canceled", () -> order(probe).getStatus() == OrderStatus.CANCELED);
        assertThat(desk.balances(later).frozen()).isEqualByComparingTo("0.00");
    }

    @Test
    void aRestartedGatewayResumesItsSequenceNumbersFromTheStore() throws Exception {
        await("logged on", gateway::loggedOn);
        gateway.stop();
        await("stopped", () -> !exchange.loggedOn());
        gateway.start();
        // a counter that forgot its sequence numbers would log on with 1 and be logged out as too low
        await("logged on again with the stored sequence numbers", () -> gateway.loggedOn() && exchange.loggedOn());
        assertThat(Files.exists(STORE.resolve("counter").resolve("store").resolve("FIX.4.4-OPENCOUNTER-EXCHANGE.senderseqnums")))
                .isTrue();
        assertThat(quickfix.Session.lookupSession(new quickfix.SessionID("FIX.4.4", "OPENCOUNTER", "EXCHANGE"))
                .getExpectedSenderNum()).isGreaterThan(2);
    }

    private Order order(OrderReceipt receipt) {
        return orders.findById(receipt.orderId()).orElseThrow();
    }

    private long trades(OrderReceipt receipt) {
        return jdbc.sql("select count(*) from orders_trade where order_id = ?").param(receipt.orderId())
                .query(Long.class).single();
    }

    private static void await(String what, Supplier<Boolean> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(condition::get);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("fix");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
