package org.opencounter.orders.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.exchange.ExchangeTrade;
import org.opencounter.orders.exchange.ExchangeTradeFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The simulated exchange writes its trade file as it trades; reconciliation finds the day clean, then finds each
 * break once the booked trades or the file are made to differ.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationIntegrationTest {

    static final String CODE = "600036";
    static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;
    @Autowired TradeReconciliation reconciliation;
    @Autowired ExchangeTradeFile files;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private TradingDesk desk;

    @BeforeAll
    void tradeTwiceOnTheDay() throws Exception {
        desk = new TradingDesk(context);
        desk.quietMarket(CODE, "10.00");
        Files.deleteIfExists(files.path(DAY));
        TestClock.INSTANCE.setShanghai("2026-12-08T10:00");
        long buyer = desk.clientWith(321, "100000.00");
        long seller = desk.clientWith(322, "1000.00");
        desk.holds(seller, CODE, 500, "5000.00");
        assertThat(desk.place(buyer, CODE, Side.BUY, 1000, "10.00").rejected()).isFalse();
        assertThat(desk.place(seller, CODE, Side.SELL, 200, "9.99").rejected()).isFalse();
    }

    @AfterAll
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    @Order(2)
    void theExchangesFileAndTheBookedTradesAgreeAndThenEachDifferenceIsABreak() throws Exception {
        List<ExchangeTrade> file = files.read(DAY).orElseThrow();
        assertThat(file).extracting(ExchangeTrade::side, ExchangeTrade::quantity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Side.BUY, 1000L), org.assertj.core.groups.Tuple.tuple(Side.SELL, 200L));
        assertThat(file.get(0).securitiesAccount()).startsWith("A");
        Reconciliation clean = reconciliation.reconcile(DAY);
        assertThat(clean.clean()).isTrue();
        assertThat(clean.matched()).isEqualTo(2);

        jdbc.sql("update orders_trade set quantity = 100 where exec_id = ?").param(file.get(1).execId()).update();
        jdbc.sql("update orders_trade set price = 10.01 where exec_id = ?").param(file.get(0).execId()).update();
        files.append(new ExchangeTrade(DAY, "SIM-LOST", "26120899999999", "A380000001", CODE, Side.BUY, 300,
                new BigDecimal("10.00"), Instant.now()));

        Reconciliation broken = reconciliation.reconcile(DAY);
        assertThat(broken.matched()).isZero();
        assertThat(broken.count(TradeBreak.Kind.PRICE)).isOne();
        assertThat(broken.count(TradeBreak.Kind.QUANTITY)).isOne();
        assertThat(broken.count(TradeBreak.Kind.MISSING)).isOne();

        var ops = user(desk.fixture().login("ops"));
        String page = mvc.perform(get("/orders/reconciliation").param("day", DAY.toString()).with(ops))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("breaks-table").contains("data-kind=\"MISSING\"").contains("SIM-LOST")
                .contains("data-kind=\"PRICE\"").contains("data-kind=\"QUANTITY\"");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'orders.reconciliation.view'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    @Order(1)
    void aDayWithoutAFileOrABadDayIsSaidSo() throws Exception {
        assertThatThrownBy(() -> reconciliation.reconcile(DAY.plusDays(1)))
                .isInstanceOf(ReconciliationUnavailable.class).hasMessage("orders.reconciliation.noFile");
        var ops = user(desk.fixture().login("ops"));
        assertThat(mvc.perform(get("/orders/reconciliation").param("day", "2026-12-09").with(ops))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("reconciliation-unavailable").contains("trades-2026-12-09.csv");
        assertThat(mvc.perform(get("/orders/reconciliation").param("day", "8/12/2026").with(ops))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("is-invalid").contains("请选择交易日");
        assertThat(mvc.perform(get("/orders/reconciliation").with(ops)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("reconciliation-clean").contains("2026-12-08");
    }

    @Test
    @Order(3)
    void aRowThatDoesNotReadIsNamedByItsLine() throws Exception {
        Files.writeString(files.path(DAY), "not,a,trade\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> reconciliation.reconcile(DAY)).isInstanceOf(ReconciliationUnavailable.class)
                .hasMessage("orders.reconciliation.malformed");
    }
}
