package org.opencounter.orders.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientNotFound;
import org.opencounter.orders.Side;
import org.opencounter.platform.approval.ApprovalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A negotiated commission rate proposed, approved and charged; refused out of bounds; rejected; branch-scoped. */
@IntegrationTest
class CommissionRatesIntegrationTest {

    /** Test clients 420 to 429: the database is reset per class, not per test. */
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(420);

    @Autowired
    ApplicationContext context;

    @Autowired
    CommissionRates rates;

    @Autowired
    ClientFees fees;

    @Autowired
    ApprovalService approvals;

    @Autowired
    JdbcClient jdbc;

    ClientsFixture fixture;
    long client;

    @BeforeEach
    void openClient() {
        fixture = new ClientsFixture(context);
        client = fixture.openClient(NEXT_CLIENT.getAndIncrement());
    }

    @Test
    void approvedRateIsChargedOnTheNextTrade() {
        assertThat(standing().negotiated()).isNull();
        assertThat(standing().effective()).isEqualByComparingTo("0.00025");
        long change = propose("0.0002", "客户资产超过100万，申请万二");
        assertRefused(() -> propose("0.00018", "再调"), "orders.commission.alreadyPending");
        assertThat(standing().pending()).isPresent();

        fixture.as("manager", () -> approvals.approve(approvalOf(change), "同意"));

        assertThat(standing().negotiated()).isEqualByComparingTo("0.0002");
        assertThat(status(change)).isEqualTo("APPLIED");
        // 1,000 × 35.20 = 35,200.00 at 0.02% = 7.04 instead of the default's 8.80
        Fees buy = fees.forClient(client, LocalDate.of(2026, 11, 25)).ofOrder(Side.BUY, new BigDecimal("35200.00"));
        assertThat(buy.commission()).isEqualByComparingTo("7.04");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where entity_type = 'CommissionRate'"
                + " and entity_id = ?").param(String.valueOf(client)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void ratesOutsideTheBoundsOrWithoutAReasonAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> propose("0.00005", "低于成本")).isInstanceOfSatisfying(CommissionRefused.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("orders.commission.outOfBounds");
                    assertThat((BigDecimal) refused.arguments()[0]).isEqualByComparingTo("0.0000541");
                    assertThat((BigDecimal) refused.arguments()[1]).isEqualByComparingTo("0.003");
                });
        assertRefused(() -> propose("0.0031", "超上限"), "orders.commission.outOfBounds");
        assertRefused(() -> propose("0.0002", " "), "orders.commission.reasonRequired");
        assertRefused(() -> propose("0.00025", "与默认相同"), "orders.commission.unchanged");
        assertThat(jdbc.sql("select count(*) from orders_commission_change where client_id = ?").param(client)
                .query(Long.class).single()).isZero();
    }

    @Test
    void rejectedChangeLeavesTheRateAsItWas() {
        long change = propose("0.0001", "竞争对手报价");
        fixture.as("manager", () -> approvals.reject(approvalOf(change), "低于营业部授权"));
        assertThat(status(change)).isEqualTo("REJECTED");
        assertThat(standing().negotiated()).isNull();
    }

    @Test
    void anotherBranchCannotSeeTheRate() {
        assertThatThrownBy(() -> fixture.as("advisor.bj", () -> rates.standing(client)))
                .isInstanceOf(ClientNotFound.class);
    }

    private CommissionStanding standing() {
        return fixture.as("advisor", () -> rates.standing(client));
    }

    private long propose(String rate, String reason) {
        return fixture.as("advisor", () -> rates.propose(client, new BigDecimal(rate), reason));
    }

    private long approvalOf(long change) {
        return jdbc.sql("select approval_id from orders_commission_change where id = ?").param(change)
                .query(Long.class).single();
    }

    private String status(long change) {
        return jdbc.sql("select status from orders_commission_change where id = ?").param(change)
                .query(String.class).single();
    }

    private static void assertRefused(Runnable work, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(CommissionRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
