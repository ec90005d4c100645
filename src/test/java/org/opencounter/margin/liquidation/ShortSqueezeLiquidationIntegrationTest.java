package org.opencounter.margin.liquidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.margin.security.LendingPool;
import org.opencounter.margin.trading.CreditTransfers;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.exchange.SimulatedExchange;
import org.opencounter.platform.Approvals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A short squeeze liquidated: a client with 100,000 of collateral cash sells 8,000 borrowed shares of 600036 short
 * at 10.00, and the stock doubles to 21.00, taking the ratio under 110%. The plan buys borrowed shares back with the
 * sale's proceeds and the free cash, a lot at a time, until the ratio is back at 150% at the latest price.
 */
@IntegrationTest
class ShortSqueezeLiquidationIntegrationTest {

    private static final String CODE = "600036";
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 400;

    @Autowired ApplicationContext context;
    @Autowired Liquidations liquidations;
    @Autowired MarginCalls calls;
    @Autowired CollateralValuation valuation;
    @Autowired Approvals approvals;
    @Autowired CreditTransfers transfers;
    @Autowired LendingPool pool;
    @Autowired SimulatedExchange exchange;
    @Autowired JdbcClient jdbc;

    private TradingDesk desk;
    private MarginFixture margin;
    private MarginContract contract;

    @BeforeEach
    void aShortSaleSqueezed() {
        desk = new TradingDesk(context);
        margin = new MarginFixture(context);
        margin.financingTarget(CODE);
        contract = margin.contract(sequence++, "800000");
        desk.quietMarket(CODE, "10.00");
        transfers.transferIn(contract.id(), new BigDecimal("100000.00"), MONDAY, "test:" + contract.id(), "test");
        margin.staff().as("risk", () -> pool.set(CODE, 1_000_000));
        desk.place(contract.clientId(), CODE, CreditTrade.SHORT_SELL, 8000, "10.00");
        desk.priceMovesTo(CODE, "10.10");
        desk.quietMarket(CODE, "21.00");
        calls.review(MONDAY);
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private long sharesOwed() {
        return jdbc.sql("""
                        select coalesce(sum(quantity), 0) from margin_debt
                        where contract_id = ? and kind = 'LENDING' and status = 'OPEN'""")
                .param(contract.id()).query(Long.class).single();
    }

    @Test
    void thePlanBuysBorrowedSharesBackUntilTheRatioIsRestored() {
        assertThat(sharesOwed()).isEqualTo(8000);
        assertThat(valuation.of(contract.id()).orElseThrow().ratio()).isLessThan(new BigDecimal("1.10"));

        long id = margin.staff().as("risk", () -> liquidations.propose(contract.id(), "融券标的大涨，比例低于 110%",
                "squeeze-1"));
        List<LiquidationSale> lines = liquidations.sales(id);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.side()).isEqualTo(Side.BUY);
            assertThat(line.code()).isEqualTo(CODE);
            assertThat(line.quantity() % 100).isZero();
            // bought back at 1% over the latest price
            assertThat(line.price()).isEqualByComparingTo("21.21");
        });
        Liquidation plan = margin.staff().as("risk", () -> liquidations.visible(id));
        assertThat(plan.expectedRatio()).isGreaterThanOrEqualTo(new BigDecimal("1.50"));

        margin.staff().as("risk2", () -> approvals.approve(plan.approvalId(), "同意"));
        exchange.awaitIdle();
        Liquidation done = liquidations.refresh(id);

        assertThat(liquidations.sales(id).get(0).progress().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(done.status()).isEqualTo(Liquidation.Status.DONE);
        assertThat(sharesOwed()).isEqualTo(8000 - lines.get(0).quantity());
        assertThat(done.ratioAfter()).isGreaterThanOrEqualTo(new BigDecimal("1.50"));
    }
}
