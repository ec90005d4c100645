package org.opencounter.margin.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calls on the worked example (cash 50,000, 10,000 shares of 601988, financed 300,000, interest 2,000) on Monday
 * 2026-12-07: a call raised that day has until Wednesday the 9th.
 */
@IntegrationTest
class MarginCallsIntegrationTest {

    private static final String CODE = "601988";
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 295;

    @Autowired ApplicationContext context;
    @Autowired MarginCalls calls;
    @Autowired JdbcClient jdbc;

    private TradingDesk desk;
    private MarginContract contract;

    @BeforeEach
    void aContractBoughtOnMargin() {
        desk = new TradingDesk(context);
        MarginFixture margin = new MarginFixture(context);
        contract = margin.contract(sequence++, "800000");
        margin.workedExample(contract, CODE);
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private MarginCall reviewAt(String price, LocalDate day) {
        desk.quietMarket(CODE, price);
        calls.review(day);
        return calls.standing().get(contract.id());
    }

    private long notices() {
        return jdbc.sql("select count(*) from clients_message m join clients_message_delivery d on d.message_id = m.id"
                + " where m.kind = 'MARGIN' and d.client_id = ?").param(contract.clientId()).query(Long.class).single();
    }

    @Test
    void aHealthyContractHasNoCall() {
        assertThat(reviewAt("45.00", MONDAY)).isNull();
    }

    @Test
    void aWarningThenACallWithTwoTradingDaysSentToTheClient() {
        assertThat(reviewAt("36.00", MONDAY).kind()).isEqualTo(MarginCall.Kind.WARNING);
        MarginCall call = reviewAt("33.00", MONDAY);

        assertThat(call.kind()).isEqualTo(MarginCall.Kind.CALL);
        assertThat(call.cashToRestore()).isEqualByComparingTo("73000.00");
        assertThat(call.deadline()).isEqualTo(LocalDate.parse("2026-12-09"));
        assertThat(calls.of(contract.id())).extracting(MarginCall::status)
                .containsExactly(MarginCall.Status.OPEN, MarginCall.Status.SUPERSEDED);
        assertThat(notices()).isEqualTo(2);
        assertThat(reviewAt("33.00", MONDAY).id()).as("the same call, not a new one").isEqualTo(call.id());
        assertThat(notices()).isEqualTo(2);
    }

    @Test
    void aCallUnmetOnTheDayAfterItsDeadlineIsOverdue() {
        reviewAt("33.00", MONDAY);

        assertThat(reviewAt("33.00", LocalDate.parse("2026-12-09")).status()).isEqualTo(MarginCall.Status.OPEN);
        MarginCall overdue = reviewAt("33.00", LocalDate.parse("2026-12-10"));
        assertThat(overdue.status()).isEqualTo(MarginCall.Status.OVERDUE);
        assertThat(overdue.liquidationDue()).isTrue();
    }

    @Test
    void aCallClosesOnlyOnceTheRatioIsBackAt150Percent() {
        reviewAt("33.00", MONDAY);

        assertThat(reviewAt("40.20", MONDAY).kind()).as("149.67%: still the call").isEqualTo(MarginCall.Kind.CALL);
        assertThat(reviewAt("40.30", MONDAY)).as("exactly 150%").isNull();
        assertThat(calls.of(contract.id()).get(0).status()).isEqualTo(MarginCall.Status.MET);
    }

    @Test
    void under110PercentLiquidationIsDueAtOnce() {
        MarginCall call = reviewAt("25.00", MONDAY);

        assertThat(call.kind()).isEqualTo(MarginCall.Kind.LIQUIDATION);
        assertThat(call.liquidationDue()).isTrue();
    }
}
