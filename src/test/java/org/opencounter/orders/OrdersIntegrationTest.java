package org.opencounter.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.CashBalances;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.TradeCash;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.clients.ledger.LedgerCheck;
import org.opencounter.orders.exchange.ExecutionReport;
import org.opencounter.orders.exchange.ExecutionReportSink;
import org.opencounter.orders.exchange.SimulatedExchange;
import org.opencounter.orders.order.OrderJournal;
import org.opencounter.orders.order.OrderRepository;
import org.opencounter.orders.position.Position;
import org.opencounter.orders.position.PositionKey;
import org.opencounter.orders.position.PositionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Orders end to end on the real database and the simulated exchange, at 10:00 on a trading day. */
@IntegrationTest
class OrdersIntegrationTest {

    static final String CODE = "600036";
    static final Instant TEN_AM = Instant.parse("2026-11-25T02:00:00Z");
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;
    @Autowired OrderEntry entry;
    @Autowired OrderRepository orders;
    @Autowired PositionRepository positions;
    @Autowired OrderJournal journal;
    @Autowired SimulatedExchange exchange;
    @Autowired ExecutionReportSink reports;
    @Autowired TradeCash cash;
    @Autowired TradingAccounts accounts;
    @Autowired LedgerCheck ledgerCheck;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    private TradingDesk desk;
    private ClientsFixture fixture;
    private static int sequence = 300;

    @BeforeEach
    void tenOClockWithTheQuoteAtTen() {
        desk = new TradingDesk(context);
        fixture = desk.fixture();
        TestClock.INSTANCE.set(TEN_AM);
        jdbc.sql("update market_latest_price set price = 10.00, prev_close = 10.00, updated_at = ? where code = ?")
                .params(Timestamp.from(TEN_AM), CODE).update();
        exchange.clear();
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private long clientWith(String deposit) {
        return desk.clientWith(sequence++, deposit);
    }

    private OrderReceipt place(long client, Side side, OrderType type, long quantity, String price) {
        return place(client, side, type, quantity, price, UUID.randomUUID().toString());
    }

    private OrderReceipt place(long client, Side side, OrderType type, long quantity, String price, String key) {
        return desk.place(client, CODE, side, type, quantity, price, key);
    }

    private CashBalances balances(long client) {
        return desk.balances(client);
    }

    @Test
    void aBuyFillsAndPaysValueAndFeesOutOfItsFrozenCash() {
        long client = clientWith("100000.00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00");

        assertThat(orders.findById(receipt.orderId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.FILLED);
        CashBalances after = balances(client);
        assertThat(after.available()).isEqualByComparingTo("89994.90");
        assertThat(after.frozen()).isEqualByComparingTo("0.00");
        Position position = positions.findById(new PositionKey(client, CODE)).orElseThrow();
        assertThat(position.getQuantity()).isEqualTo(1000);
        assertThat(position.sellable()).isZero();
        assertThat(position.getCost()).isEqualByComparingTo("10005.10");
        assertThat(ledgerCheck.run().breaks()).isEmpty();
    }

    @Test
    void theBlotterAndTheOrderPageShowTheFill() throws Exception {
        long client = clientWith("100000.00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00");
        var clerk = user(fixture.login("clerk"));

        String rows = mvc.perform(get("/orders/rows").with(clerk)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(rows).contains(receipt.clientOrderId()).contains("10,000.00").contains("5.10");
        String page = mvc.perform(get("/orders/" + receipt.orderId()).with(clerk)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("order-trades").contains("1,000");
        mvc.perform(get("/orders/" + receipt.orderId()).with(user(fixture.login("advisor.bj"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theClientPageShowsTheHoldingAtTheLatestPriceAndTheTrade() throws Exception {
        long client = clientWith("100000.00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00");
        jdbc.sql("update market_latest_price set price = 10.50 where code = ?").param(CODE).update();

        String page = mvc.perform(get("/clients/" + client).with(user(fixture.login("clerk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // cost 10,005.10; at 10.50 the 1,000 shares are worth 10,500.00: +494.90, +4.95%
        assertThat(page).contains("holdings-table").contains("10,500.00").contains("494.90").contains("+4.95%")
                .contains("10.005").contains(receipt.clientOrderId()).contains("panel-trades");
        String ticket = mvc.perform(get("/orders/new").param("clientId", String.valueOf(client)).param("code", CODE)
                .param("side", "SELL").with(user(fixture.login("clerk")))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(ticket).as("the sell button opens a ticket at the latest price").contains("value=\"10.50\"");
    }

    @Test
    void tradeHistoryListsAClientsTradesAndRecordsTheLookUp() throws Exception {
        long client = clientWith("100000.00");
        place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00");
        String account = fixture.as("clerk", () -> accounts.visible(client)).fundAccountNumber();
        var clerk = user(fixture.login("clerk"));

        String page = mvc.perform(get("/orders/trades").param("account", account).with(clerk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("history-table").contains("10,000.00").contains("2026-11-25");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'orders.trades.view' and entity_id = ?")
                .param(String.valueOf(client)).query(Long.class).single()).isOne();

        String reversed = mvc.perform(get("/orders/trades").param("from", "2026-11-26").param("to", "2026-11-25")
                .with(clerk)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reversed).contains("is-invalid");
        mvc.perform(get("/orders/trades").param("account", account).with(user(fixture.login("advisor.bj"))))
                .andExpect(status().isNotFound());
        String unknown = mvc.perform(get("/orders/trades").param("account", "999999999999").with(clerk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).doesNotContain("history-table").contains("is-invalid");
    }

    @Test
    void eachFillSendsTheClientOneNotice() {
        long client = clientWith("100000.00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00");
        long tradeId = jdbc.sql("select id from orders_trade where order_id = ?").param(receipt.orderId())
                .query(Long.class).single();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from clients_message where request_key = ?").param("fill:" + tradeId)
                .query(Long.class).single() == 1);
        Map<String, Object> notice = jdbc.sql("""
                        select m.kind, m.body, m.sent_by, d.client_id from clients_message m
                        join clients_message_delivery d on d.message_id = m.id where m.request_key = ?""")
                .param("fill:" + tradeId).query().singleRow();
        assertThat(notice.get("kind")).isEqualTo("FILL");
        assertThat(notice.get("sent_by")).isEqualTo("system");
        assertThat(notice.get("client_id")).isEqualTo(client);
        assertThat((String) notice.get("body")).contains(receipt.clientOrderId()).contains("买入").contains("1,000")
                .contains("10,000.00").contains("5.10");
    }

    @Test
    void todaysPurchaseCannotBeSoldUntilTheNextTradingDay() {
        long client = clientWith("100000.00");
        place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00");

        OrderReceipt sell = place(client, Side.SELL, OrderType.LIMIT, 1000, "10.00");

        assertThat(sell.rejected()).isTrue();
        assertThat(sell.rejectionKey()).isEqualTo("orders.check.shares.insufficient");
        assertThat(sell.figures()).containsExactly("1,000", "0", "1,000");
    }

    @Test
    void aBuyBeyondTheAvailableCashIsRejectedWithTheFiguresAndNothingFrozen() {
        long client = clientWith("10000.00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00");

        assertThat(receipt.rejectionKey()).isEqualTo("orders.check.cash.insufficient");
        assertThat(receipt.figures()).containsExactly("10,005.10", "10,000.00");
        assertThat(journal.checks(receipt.orderId())).extracting(OrderJournal.CheckResult::checkCode)
                .containsExactly("ACCOUNT", "PERMISSION", "SECURITY", "ORDER_TYPE", "SESSION", "QUANTITY", "PRICE", "CASH");
        assertThat(balances(client).available()).isEqualByComparingTo("10000.00");
    }

    @Test
    void exactlyEnoughCashIsEnough() {
        long client = clientWith("10005.10");
        assertThat(place(client, Side.BUY, OrderType.LIMIT, 1000, "10.00").rejected()).isFalse();
        assertThat(balances(client).available()).isEqualByComparingTo("0.00");
    }

    @Test
    void theSameRequestTwicePlacesOneOrder() {
        long client = clientWith("100000.00");
        String key = UUID.randomUUID().toString();
        OrderReceipt first = place(client, Side.BUY, OrderType.LIMIT, 500, "9.50", key);
        OrderReceipt second = place(client, Side.BUY, OrderType.LIMIT, 500, "9.50", key);

        assertThat(second.orderId()).isEqualTo(first.orderId());
        assertThat(second.duplicate()).isTrue();
        assertThat(balances(client).frozen()).isEqualByComparingTo("4755.05");
    }

    @Test
    void cancelingARestingBuyReleasesItsFrozenCash() {
        long client = clientWith("100000.00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 500, "9.50");
        assertThat(orders.findById(receipt.orderId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(balances(client).frozen()).isEqualByComparingTo("4755.05");

        fixture.as("clerk", () -> entry.cancel(receipt.orderId()));
        exchange.awaitIdle();

        assertThat(orders.findById(receipt.orderId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.CANCELED);
        assertThat(balances(client).available()).isEqualByComparingTo("100000.00");
        assertThat(balances(client).frozen()).isEqualByComparingTo("0.00");
    }

    @Test
    void noOrdersAreTakenInTheLunchBreak() {
        long client = clientWith("100000.00");
        TestClock.INSTANCE.setShanghai("2026-11-25T12:00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 100, "10.00");
        assertThat(receipt.rejectionKey()).isEqualTo("orders.check.session.closed.LUNCH_BREAK");
    }

    @Test
    void aPriceOutsideTheDaysBandIsRejected() {
        long client = clientWith("100000.00");
        assertThat(place(client, Side.BUY, OrderType.LIMIT, 100, "11.01").rejectionKey())
                .isEqualTo("orders.check.price.band");
        assertThat(place(client, Side.BUY, OrderType.LIMIT, 100, "11.00").rejected()).isFalse();
    }

    @Test
    void fiftyConcurrentOrdersNeverFreezeMoreThanTheAccountHas() throws Exception {
        long client = clientWith("50000.00");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<OrderReceipt>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tasks.add(() -> place(client, Side.BUY, OrderType.LIMIT, 500, "9.00"));
        }
        long accepted = 0;
        for (Future<OrderReceipt> result : pool.invokeAll(tasks)) {
            accepted += result.get().rejected() ? 0 : 1;
        }
        pool.shutdown();

        // each freezes 4,500.00 + 5.00 commission + 0.05 transfer fee; eleven fit in 50,000
        assertThat(accepted).isEqualTo(11);
        assertThat(balances(client).frozen()).isEqualByComparingTo("49555.55");
        assertThat(balances(client).available()).isEqualByComparingTo("444.45");
        assertThat(ledgerCheck.run().breaks()).isEmpty();
    }

    @Test
    void aRepeatedExecutionReportChangesNothing() {
        long client = clientWith("100000.00");
        OrderReceipt receipt = place(client, Side.BUY, OrderType.LIMIT, 500, "9.50");
        ExecutionReport fill = new ExecutionReport("TEST-1", receipt.clientOrderId(), "X1",
                ExecutionReport.Kind.TRADE, 200, new BigDecimal("9.50"), null, TEN_AM);

        reports.receive(fill);
        reports.receive(fill);

        var order = orders.findById(receipt.orderId()).orElseThrow();
        assertThat(order.getFilledQuantity()).isEqualTo(200);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(jdbc.sql("select count(*) from orders_trade where order_id = ?").param(receipt.orderId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSaleCreditsProceedsThatBuyTodayButAreWithdrawableTomorrow() {
        long client = clientWith("1000.00");
        transactions.executeWithoutResult(status -> {
            Position held = new Position(client, CODE, TEN_AM);
            held.buy(300, new BigDecimal("2700.00"), true, TEN_AM);
            positions.save(held);
        });
        OrderReceipt receipt = place(client, Side.SELL, OrderType.LIMIT, 200, "9.99");

        assertThat(orders.findById(receipt.orderId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.FILLED);
        // 1,998.00 less commission 5.00, stamp duty 1.00 and transfer fee 0.02
        CashBalances after = balances(client);
        assertThat(after.available()).isEqualByComparingTo("2991.98");
        assertThat(after.withdrawable()).isEqualByComparingTo("1000.00");
        Position position = positions.findById(new PositionKey(client, CODE)).orElseThrow();
        assertThat(position.getQuantity()).isEqualTo(100);
        assertThat(position.getCost()).isEqualByComparingTo("900.00");
        assertThat(jdbc.sql("select realised_pnl from orders_trade where order_id = ?").param(receipt.orderId())
                .query(BigDecimal.class).single()).isEqualByComparingTo("191.98");
    }
}
