package org.opencounter.margin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.approval.ApprovalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client who deposited in October applies for margin credit on 2026-12-07: 20 trading days of 600,000 on average,
 * a first trade in 2020 per the CSDC, a C4 assessment; the investigation scores 78 (rating B, at most 900,000).
 */
@IntegrationTest
class CreditApplicationsIntegrationTest {

    private static int sequence = 260;

    @Autowired ApplicationContext context;
    @Autowired CreditApplications applications;
    @Autowired MarginContracts contracts;
    @Autowired ApprovalService approvals;
    @Autowired JdbcClient jdbc;

    private MarginFixture margin;
    private ClientsFixture staff;

    @BeforeEach
    void fixtures() {
        margin = new MarginFixture(context);
        staff = margin.staff();
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private long client(String deposit, int score) {
        return margin.client(sequence++, deposit, score);
    }

    private static CreditApplicationForm form(long client, String line) {
        return MarginFixture.form(client, line);
    }

    private long apply(CreditApplicationForm form) {
        return staff.as("credit", () -> applications.apply(form));
    }

    private CreditApplication application(long id) {
        return staff.as("credit", () -> applications.visible(id));
    }

    private static void assertRefused(Runnable attempt, String field, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(MarginRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.field()).isEqualTo(field);
        });
    }

    @Test
    void anApprovedApplicationOpensAContractWithCreditAccounts() {
        long client = client("600000.00", 60);
        CreditApplicationForm form = form(client, "800000");

        long id = apply(form);
        assertThat(apply(form)).as("the same request twice").isEqualTo(id);
        CreditApplication submitted = application(id);
        assertThat(submitted.status()).isEqualTo(CreditApplicationStatus.PENDING);
        assertThat(submitted.averageAssets()).isEqualByComparingTo("600000.00");
        assertThat(submitted.firstTrade()).isEqualTo(LocalDate.parse("2020-01-02"));
        assertThat(submitted.score()).isEqualTo(78);
        assertThat(submitted.rating()).isEqualTo(CreditRating.B);
        assertThat(submitted.maximumLine()).isEqualByComparingTo("900000.00");
        assertThat(submitted.checks()).allMatch(EligibilityCheck::passed);

        staff.as("risk", () -> approvals.approve(submitted.approvalId(), "同意授信"));

        assertThat(application(id).status()).isEqualTo(CreditApplicationStatus.APPROVED);
        MarginContract contract = staff.as("credit", () -> contracts.live(client)).orElseThrow();
        assertThat(contract.number()).matches("MC2026\\d{8}");
        assertThat(contract.creditLine()).isEqualByComparingTo("800000.00");
        assertThat(contract.financingRate()).isEqualByComparingTo("0.065");
        assertThat(contract.lendingRate()).isEqualByComparingTo("0.085");
        assertThat(contract.financingMarginRatio()).isEqualByComparingTo("1.00");
        assertThat(contract.openedOn()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(contract.expiresOn()).isEqualTo(LocalDate.parse("2027-06-07"));
        assertThat(contract.creditFundAccount()).matches("\\d{4}9\\d{7}");
        assertThat(contract.creditSseAccount()).matches("E\\d{9}");
        assertThat(contract.creditSzseAccount()).matches("06\\d{8}");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'margin.contract.open'"
                + " and entity_id = ?").param(String.valueOf(contract.id())).query(Long.class).single()).isOne();
        assertRefused(() -> apply(form(client, "100000")), null, "margin.credit.contractExists");
    }

    @Test
    void aRejectedApplicationOpensNothing() {
        long client = client("600000.00", 60);
        long id = apply(form(client, "500000"));

        staff.as("risk", () -> approvals.reject(application(id).approvalId(), "资料不全"));

        assertThat(application(id).status()).isEqualTo(CreditApplicationStatus.REJECTED);
        assertThat(staff.as("credit", () -> contracts.live(client))).isEmpty();
    }

    @Test
    void aSecondApplicationWaitsForTheFirst() {
        long client = client("600000.00", 60);
        apply(form(client, "500000"));

        assertRefused(() -> apply(form(client, "400000")), null, "margin.credit.alreadyPending");
    }

    @Test
    void assetsUnder500000AreRefused() {
        long client = client("499999.99", 60);

        assertThat(staff.as("credit", () -> applications.standing(client)).eligible()).isFalse();
        assertThatThrownBy(() -> apply(form(client, "100000")))
                .isInstanceOfSatisfying(MarginRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("margin.credit.notEligible");
                    assertThat(refused.arguments()).containsExactly("AVERAGE_ASSETS");
                });
    }

    @Test
    void aC3ClientIsRefused() {
        long client = client("600000.00", 45);

        assertThatThrownBy(() -> apply(form(client, "100000")))
                .isInstanceOfSatisfying(MarginRefused.class,
                        refused -> assertThat(refused.arguments()).containsExactly("RISK_CATEGORY"));
    }

    @Test
    void aDefaultInTheCreditReportIsRefused() {
        long client = client("600000.00", 60);
        CreditApplicationForm form = form(client, "100000");
        form.setExternalDefaults(1);

        assertThatThrownBy(() -> apply(form)).isInstanceOfSatisfying(MarginRefused.class,
                refused -> assertThat(refused.arguments()).containsExactly("NO_DEFAULTS"));
    }

    @Test
    void theLineMayNotExceedTheRatingsMaximum() {
        long client = client("600000.00", 60);

        assertRefused(() -> apply(form(client, "900000.01")), "recommendedLine", "margin.credit.lineAboveMaximum");
        assertThat(apply(form(client, "900000.00"))).isPositive();
    }

    @Test
    void badFiguresAreRefusedNextToTheirField() {
        long client = client("600000.00", 60);
        CreditApplicationForm negative = form(client, "100000");
        negative.setLiabilities(new BigDecimal("-1"));
        CreditApplicationForm rate = form(client, "100000");
        rate.setFinancingRatePercent(new BigDecimal("24.01"));
        CreditApplicationForm term = form(client, "100000");
        term.setTermMonths(7);

        assertRefused(() -> apply(negative), "liabilities", "margin.credit.amountInvalid");
        assertRefused(() -> apply(rate), "financingRatePercent", "margin.credit.rateInvalid");
        assertRefused(() -> apply(term), "termMonths", "margin.credit.termInvalid");
    }

    @Test
    void anotherBranchsManagerCannotSeeTheApplication() {
        long client = client("600000.00", 60);
        long id = apply(form(client, "500000"));

        assertThatThrownBy(() -> staff.as("manager.bj", () -> applications.visible(id)))
                .isInstanceOf(RuntimeException.class);
        assertThat(staff.as("manager.bj", () -> applications.page(null,
                org.springframework.data.domain.PageRequest.of(0, 100))).map(CreditApplication::id).getContent())
                .doesNotContain(id);
        assertThat(staff.as("manager", () -> applications.visible(id)).id()).isEqualTo(id);
    }
}
