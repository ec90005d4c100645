package org.opencounter.orders.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.order.OrderRepository;
import org.opencounter.orders.order.TradingSession;
import org.opencounter.orders.position.PositionKey;
import org.opencounter.orders.position.PositionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The end of day on the real database: expiry, T+1 shares and cash, the clearing net, reruns and refusals. The tests
 * walk forward through the days in order, as settled days move the trade date on.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettlementIntegrationTest {

    static final String CODE = "600036";
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;
    @Autowired Settlement settlement;
    @Autowired TradingSession session;
    @Autowired OrderRepository orders;
    @Autowired PositionRepository positions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private TradingDesk desk;

    @BeforeEach
    void quoteAtTen() {
        desk = new TradingDesk(context);
        desk.quietMarket(CODE, "10.00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    @Order(1)
    void aDaySettlesOnceAfterTheClose() {
        TestClock.INSTANCE.setShanghai("2026-11-25T10:00");
        long buyer = desk.clientWith(301, "100000.00");
        long seller = desk.clientWith(302, "1000.00");
        long waiting = desk.clientWith(303, "100000.00");
        desk.holds(seller, CODE, 300, "2700.00");
        desk.place(buyer, CODE, Side.BUY, 1000, "10.00");
        desk.place(seller, CODE, Side.SELL, 200, "9.99");
        OrderReceipt resting = desk.place(waiting, CODE, Side.BUY, 500, "9.50");
        assertThat(resting.rejected()).as(String.valueOf(resting)).isFalse();
        assertThat(desk.balances(waiting).frozen()).isEqualByComparingTo("4755.05");
        assertThat(desk.balances(seller).withdrawable()).isEqualByComparingTo("1000.00");

        assertThatThrownBy(() -> settlement.settle(WEDNESDAY, "ops")).isInstanceOf(SettlementRefused.class)
                .hasMessage("orders.settlement.refused.marketOpen");

        TestClock.INSTANCE.setShanghai("2026-11-25T15:45");
        SettlementRun run = settlement.settle(WEDNESDAY, "ops");

        assertThat(run.completed()).isTrue();
        assertThat(run.percent()).isEqualTo(100);
        assertThat(run.ordersExpired()).isEqualTo(1);
        assertThat(run.tradesSettled()).isEqualTo(2);
        assertThat(run.buyAmount()).isEqualByComparingTo("10000.00");
        assertThat(run.sellAmount()).isEqualByComparingTo("1998.00");
        assertThat(run.commission()).isEqualByComparingTo("10.00");
        assertThat(run.stampDuty()).isEqualByComparingTo("1.00");
        assertThat(run.transferFee()).isEqualByComparingTo("0.12");
        // the firm pays CSDC 10,000.10 for the purchase and receives 1,998.00 − 1.02 for the sale
        assertThat(run.payable()).isEqualByComparingTo("8003.12");
        assertThat(run.ledgerBreaks()).isZero();
        // every holding at the close is kept: the buyer's 1,000, the seller's remaining 100, and the demo clients'
        // (less what the demo book traded on its later days)
        assertThat(run.positionsSnapshot()).isEqualTo(jdbc.sql("""
                        select count(*) from orders_position p
                        where p.quantity - coalesce((select sum(case t.side when 'BUY' then t.quantity
                                                                             else -t.quantity end)
                                                     from orders_trade t
                                                     where t.client_id = p.client_id and t.code = p.code
                                                       and t.trade_date > ? and not t.credit), 0) > 0""")
                .param(java.sql.Date.valueOf(WEDNESDAY)).query(Integer.class).single());
        assertThat(snapshot(WEDNESDAY, buyer)).containsExactly(1000L, 10005L);
        assertThat(snapshot(WEDNESDAY, seller)).containsExactly(100L, 900L); // a third of the 2,700.00 cost stays

        assertThat(orders.findById(resting.orderId()).orElseThrow().getStatus()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(desk.balances(waiting).frozen()).isEqualByComparingTo("0.00");
        assertThat(desk.balances(waiting).available()).isEqualByComparingTo("100000.00");
        assertThat(positions.findById(new PositionKey(buyer, CODE)).orElseThrow().sellable()).isEqualTo(1000);
        assertThat(desk.balances(seller).withdrawable()).isEqualByComparingTo("2991.98");
        assertThat(jdbc.sql("select count(*) from orders_trade where trade_date = ? and not settled")
                .param(WEDNESDAY).query(Long.class).single()).isZero();
        assertThat(clearingBalanceOn(WEDNESDAY)).isEqualByComparingTo("0.00");
        assertThat(session.tradeDate()).isEqualTo(WEDNESDAY.plusDays(1));

        SettlementRun again = settlement.settle(WEDNESDAY, "ops");
        assertThat(again).isEqualTo(run);
        assertThat(jdbc.sql("select count(*) from clients_journal_entry where kind = 'CSDC_SETTLEMENT'")
                .query(Long.class).single()).isOne();
    }

    @Test
    @Order(2)
    void anEarlierUnsettledDayMustSettleFirst() {
        TestClock.INSTANCE.setShanghai("2026-11-27T10:00");
        long client = desk.clientWith(304, "100000.00");
        desk.place(client, CODE, Side.BUY, 500, "9.50");
        long late = desk.clientWith(305, "100000.00");
        desk.holds(late, CODE, 500, "5000.00");
        assertThat(desk.place(late, CODE, Side.BUY, 1000, "10.00").rejected()).isFalse();

        TestClock.INSTANCE.setShanghai("2026-11-30T10:00");
        assertThat(desk.place(late, CODE, Side.SELL, 200, "9.99").rejected()).isFalse();
        TestClock.INSTANCE.setShanghai("2026-11-30T15:45");
        assertThatThrownBy(() -> settlement.settle(LocalDate.of(2026, 11, 30), "ops"))
                .isInstanceOf(SettlementRefused.class).hasMessage("orders.settlement.refused.earlierDay");
        assertThat(settlement.pending(LocalDate.of(2026, 11, 30))).contains(LocalDate.of(2026, 11, 27));
        assertThatThrownBy(() -> settlement.settle(LocalDate.of(2026, 11, 28), "ops"))
                .isInstanceOf(SettlementRefused.class).hasMessage("orders.settlement.refused.notTradingDay");

        assertThat(settlement.settle(LocalDate.of(2026, 11, 27), "ops").ordersExpired()).isEqualTo(1);
        // settled late: Monday's sale is taken back out, and the cost Monday changed is not known for Friday
        assertThat(snapshot(LocalDate.of(2026, 11, 27), late)).containsExactly(1500L, null);
        assertThat(settlement.settle(LocalDate.of(2026, 11, 30), "ops").completed()).isTrue();
        assertThat(snapshot(LocalDate.of(2026, 11, 30), late).get(0)).isEqualTo(1300L);
        assertThat(snapshot(LocalDate.of(2026, 11, 30), late).get(1)).isNotNull();
    }

    @Test
    @Order(3)
    void operationsRunTheSettlementFromThePageAndFollowItsProgress() throws Exception {
        TestClock.INSTANCE.setShanghai("2026-12-01T16:00");
        var ops = user(desk.fixture().login("ops"));
        mvc.perform(post("/orders/settlement").param("tradeDate", "2026-12-01").with(ops).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> settlement.run(LocalDate.of(2026, 12, 1))
                .map(SettlementRun::completed).orElse(false));

        String page = mvc.perform(get("/orders/settlement/2026-12-01").with(ops)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("run-figures").contains("settlement-COMPLETED").doesNotContain("hx-trigger=\"every 1s\"");
        String list = mvc.perform(get("/orders/settlement").with(ops)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("runs-table").contains("2026-12-01");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'orders.settlement.complete'")
                .query(Long.class).single()).isPositive();
    }

    /** The client's snapshot of 600036 on the day: quantity and whole-yuan cost (null when unknown). */
    private java.util.List<Long> snapshot(LocalDate day, long client) {
        return jdbc.sql("select quantity, round(cost) from orders_position_snapshot where trade_date = ? and client_id = ?")
                .params(day, client).query((row, n) -> {
                    java.util.List<Long> values = new java.util.ArrayList<>();
                    values.add(row.getLong(1));
                    values.add(row.getBigDecimal(2) == null ? null : row.getBigDecimal(2).longValue());
                    return values;
                }).single();
    }

    private BigDecimal clearingBalanceOn(LocalDate day) {
        return jdbc.sql("""
                        select coalesce(sum(l.debit - l.credit), 0) from clients_journal_line l
                        join clients_journal_entry e on e.id = l.entry_id
                        join clients_ledger_account a on a.id = l.ledger_account_id and a.kind = 'CLEARING'
                        where e.business_date = ?""")
                .param(java.sql.Date.valueOf(day)).query(BigDecimal.class).single();
    }
}
