package org.opencounter.margin.liquidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.exchange.SimulatedExchange;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.Role;
import org.opencounter.platform.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forced liquidation of the worked example (cash 50,000, 10,000 shares of 601988, financed 300,000, interest 2,000)
 * at 10:00 on Monday 2026-12-07, with the shares fallen to 27.00: (50,000 + 270,000) / 302,000 = 105.96%, under the
 * 110% line. The plan values the shares 1% lower (26.73, 267,300.00), repays 50,000 from the cash (267,300 / 252,000
 * = 106.07%, still under 150%) and sells 8,400 shares: 84 lots, since 83 would leave 45,441.00 / 30,309.61 = 149.92%.
 */
@IntegrationTest
class LiquidationsIntegrationTest {

    private static final String CODE = "601988";
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 370;

    @Autowired ApplicationContext context;
    @Autowired Liquidations liquidations;
    @Autowired MarginCalls calls;
    @Autowired CollateralValuation valuation;
    @Autowired Approvals approvals;
    @Autowired SimulatedExchange exchange;
    @Autowired JdbcClient jdbc;
    @Autowired SystemActor system;

    private TradingDesk desk;
    private MarginFixture margin;
    private MarginContract contract;

    @BeforeEach
    void theWorkedExample() {
        desk = new TradingDesk(context);
        margin = new MarginFixture(context);
        contract = margin.contract(sequence++, "800000");
        margin.workedExample(contract, CODE);
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private long propose(String key) {
        return margin.staff().as("risk", () -> liquidations.propose(contract.id(), "跌破平仓线", key));
    }

    @Test
    void aHealthyContractIsNotLiquidated() {
        desk.quietMarket(CODE, "45.00");
        calls.review(MONDAY);

        assertThatThrownBy(() -> propose("healthy")).isInstanceOf(MarginRefused.class)
                .hasMessageContaining("margin.liquidation.notDue");
    }

    @Test
    void aPlanUnderTheLiquidationLineRepaysFromCashThenSellsWholeLots() {
        desk.quietMarket(CODE, "27.00");
        calls.review(MONDAY);

        long id = propose("plan-1");
        assertThat(propose("plan-1")).as("the same request twice proposes once").isEqualTo(id);

        Liquidation plan = margin.staff().as("risk", () -> liquidations.visible(id));
        assertThat(plan.status()).isEqualTo(Liquidation.Status.PROPOSED);
        assertThat(plan.ratioBefore()).isEqualByComparingTo("1.0596");
        assertThat(plan.cashRepayment()).isEqualByComparingTo("50000.00");
        List<LiquidationSale> sales = liquidations.sales(id);
        assertThat(sales).singleElement().satisfies(sale -> {
            assertThat(sale.code()).isEqualTo(CODE);
            assertThat(sale.quantity()).isEqualTo(8400);
            // 8,400 × 26.73 = 224,532.00: commission 56.13, stamp duty 112.27, transfer fee 2.25
            assertThat(sale.fees()).isEqualByComparingTo("170.65");
        });
        assertThat(plan.expectedRatio()).isGreaterThanOrEqualTo(new BigDecimal("1.50"));
        assertThat(plan.restoresTarget()).isTrue();
        assertThatThrownBy(() -> propose("plan-2")).as("one open plan per contract")
                .isInstanceOf(MarginRefused.class).hasMessageContaining("margin.liquidation.alreadyOpen");
    }

    @Test
    void approvedByAnotherRiskOfficerThePlanSellsToRepayAndRestoresTheRatio() {
        desk.quietMarket(CODE, "27.00");
        calls.review(MONDAY);
        long id = propose("plan-3");
        long approval = margin.staff().as("risk", () -> liquidations.visible(id)).approvalId();

        margin.staff().as("risk2", () -> approvals.approve(approval, "同意强平"));
        exchange.awaitIdle();
        Liquidation done = liquidations.refresh(id);

        assertThat(done.status()).isEqualTo(Liquidation.Status.DONE);
        assertThat(done.decidedBy()).isEqualTo("risk2");
        LiquidationSale sale = liquidations.sales(id).get(0);
        assertThat(sale.progress().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(done.ratioAfter()).isGreaterThanOrEqualTo(new BigDecimal("1.50"));
        assertThat(valuation.of(contract.id()).orElseThrow().position().cash()).isEqualByComparingTo("0.00");
        assertThat(jdbc.sql("""
                        select count(*) from clients_message m join clients_message_delivery d on d.message_id = m.id
                        where m.kind = 'MARGIN' and d.client_id = ? and m.subject like '强制平仓执行%'""")
                .param(contract.clientId()).query(Long.class).single()).isEqualTo(1);

        calls.review(MONDAY);
        assertThat(calls.standing()).as("the ratio is back over 150%: the call is met")
                .doesNotContainKey(contract.id());
    }

    @Test
    void theSystemProposesOncePerDayAndARiskOfficerApproves() {
        desk.quietMarket(CODE, "27.00");
        calls.review(MONDAY);

        int proposed = system.as(Role.RISK_OFFICER, () -> liquidations.proposeDue(MONDAY));
        assertThat(proposed).isPositive();
        Liquidation plan = liquidations.of(contract.id()).get(0);
        assertThat(plan.proposedBy()).isEqualTo(SystemActor.USERNAME);
        assertThat(system.as(Role.RISK_OFFICER, () -> liquidations.proposeDue(MONDAY)))
                .as("a contract with an open plan gets no second one").isZero();

        margin.staff().as("risk", () -> approvals.reject(plan.approvalId(), "客户已补足"));
        assertThat(system.as(Role.RISK_OFFICER, () -> liquidations.proposeDue(MONDAY)))
                .as("rejected today: proposed again tomorrow, not today").isZero();
        assertThat(liquidations.of(contract.id())).hasSize(1);
    }

    @Test
    void theMakerCannotApproveAndARejectedPlanFreesTheContract() {
        desk.quietMarket(CODE, "27.00");
        calls.review(MONDAY);
        long id = propose("plan-4");
        long approval = margin.staff().as("risk", () -> liquidations.visible(id)).approvalId();

        assertThatThrownBy(() -> margin.staff().as("risk", () -> approvals.approve(approval, "自己批")))
                .isInstanceOf(RuntimeException.class);
        margin.staff().as("risk2", () -> approvals.reject(approval, "客户已承诺追加"));

        assertThat(liquidations.refresh(id).status()).isEqualTo(Liquidation.Status.REJECTED);
        assertThat(propose("plan-5")).isNotEqualTo(id);
    }
}
