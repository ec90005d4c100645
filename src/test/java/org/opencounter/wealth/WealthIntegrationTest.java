package org.opencounter.wealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientNotFound;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.opencounter.wealth.assessment.AssessmentAnswers;
import org.opencounter.wealth.assessment.AssessmentRefused;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.opencounter.wealth.suitability.ConfirmationRefused;
import org.opencounter.wealth.suitability.RiskConfirmation;
import org.opencounter.wealth.suitability.RiskConfirmations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assessments, verdicts, confirmations and the suitability pre-trade check on the real database. */
@IntegrationTest
class WealthIntegrationTest {

    static final Instant TEN_AM = Instant.parse("2026-11-25T02:00:00Z");
    static final Set<InvestmentVariety> EQUITY_AND_BONDS = EnumSet.of(InvestmentVariety.EQUITY,
            InvestmentVariety.FIXED_INCOME);
    @RegisterExtension
    static final RestoresQuote SECURITIES_ETF = new RestoresQuote("512880");
    @RegisterExtension
    static final RestoresQuote CSI300_ETF = new RestoresQuote("510300");
    @RegisterExtension
    static final RestoresQuote STOCK = new RestoresQuote("600036");

    @Autowired ApplicationContext context;
    @Autowired RiskAssessments assessments;
    @Autowired SuitabilityEngine engine;
    @Autowired RiskConfirmations confirmations;
    @Autowired TradingCalendar calendar;
    @Autowired JdbcClient jdbc;

    private TradingDesk desk;
    private ClientsFixture clients;
    private WealthFixture wealth;
    private static int sequence = 420;

    @BeforeEach
    void setUp() {
        desk = new TradingDesk(context);
        clients = desk.fixture();
        wealth = new WealthFixture(context, clients);
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private long client() {
        return desk.clientWith(sequence++, "200000.00");
    }

    @Test
    void anAssessmentKeepsScoreCategoryVersionAndValidity() {
        long client = client();

        RiskAssessment result = wealth.assess(client, 45, InvestmentHorizon.MEDIUM, EQUITY_AND_BONDS);

        assertThat(result.score()).isEqualTo(45);
        assertThat(result.category()).isEqualTo(RiskCategory.C3);
        assertThat(result.questionnaireVersion()).isEqualTo(1);
        assertThat(result.assessedBy()).isEqualTo("advisor");
        assertThat(result.validUntil()).isEqualTo(calendar.today().plusMonths(24).minusDays(1));
        assertThat(clients.as("advisor", () -> assessments.answers(client, result.id()))).hasSize(11);
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'wealth.assessment.record'"
                + " and entity_id = ?").param(String.valueOf(result.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameFormSubmittedTwiceRecordsOneAssessment() {
        long client = client();
        AssessmentAnswers answers = new AssessmentAnswers(wealth.answersScoring(60), InvestmentHorizon.LONG,
                EQUITY_AND_BONDS, UUID.randomUUID().toString());

        RiskAssessment first = clients.as("advisor", () -> assessments.assess(client, answers));
        RiskAssessment second = clients.as("advisor", () -> assessments.assess(client, answers));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("select count(*) from wealth_risk_assessment where client_id = ?").param(client)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aLowestCategoryAnswerGivesC1WhateverTheScore() {
        long client = client();
        Map<Long, Long> answers = wealth.withLowestCategoryAnswer(wealth.answersScoring(90));

        RiskAssessment result = clients.as("advisor", () -> assessments.assess(client, new AssessmentAnswers(answers,
                InvestmentHorizon.SHORT, Set.of(InvestmentVariety.FIXED_INCOME), UUID.randomUUID().toString())));

        assertThat(result.category()).isEqualTo(RiskCategory.C1);
        assertThat(result.knockedOut()).isTrue();
    }

    @Test
    void anUnansweredQuestionSavesNothing() {
        long client = client();
        Map<Long, Long> answers = new java.util.HashMap<>(wealth.answersScoring(45));
        answers.remove(wealth.questionnaire().questions().get(3).id());

        assertThatThrownBy(() -> clients.as("advisor", () -> assessments.assess(client, new AssessmentAnswers(answers,
                InvestmentHorizon.SHORT, EQUITY_AND_BONDS, UUID.randomUUID().toString()))))
                .isInstanceOfSatisfying(AssessmentRefused.class,
                        refused -> assertThat(refused.arguments()).containsExactly(4));
        assertThat(jdbc.sql("select count(*) from wealth_risk_assessment where client_id = ?").param(client)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anotherBranchsClientCannotBeAssessed() {
        long client = client();

        assertThatThrownBy(() -> clients.as("advisor.bj", () -> assessments.assess(client, new AssessmentAnswers(
                wealth.answersScoring(45), InvestmentHorizon.SHORT, EQUITY_AND_BONDS, UUID.randomUUID().toString()))))
                .isInstanceOf(ClientNotFound.class);
    }

    @Test
    void everyVerdictIsStoredWithItsRuleVersionAndAssessment() {
        long client = client();
        RiskAssessment assessed = wealth.assess(client, 45, InvestmentHorizon.MEDIUM, EQUITY_AND_BONDS);

        SuitabilityVerdict verdict = clients.as("advisor", () -> engine.judge(client, wealth.productId("510300")));

        assertThat(verdict.fit()).isEqualTo(Fit.MATCH);
        SuitabilityVerdict stored = clients.as("advisor", () -> engine.verdict(verdict.id()));
        assertThat(stored.ruleVersion()).isEqualTo("2026.1");
        assertThat(stored.assessmentId()).isEqualTo(assessed.id());
        assertThat(stored.askedBy()).isEqualTo("advisor");
        assertThat(stored.reasons()).containsExactly(VerdictReason.of("wealth.reason.matched", "R3", "C3"));
    }

    @Test
    void aC1ClientIsForbiddenAnR3Product() {
        long client = client();
        wealth.assess(client, 10, InvestmentHorizon.LONG, EQUITY_AND_BONDS);

        SuitabilityVerdict verdict = clients.as("advisor", () -> engine.judge(client, wealth.productId("510300")));

        assertThat(verdict.fit()).isEqualTo(Fit.FORBIDDEN);
        assertThatThrownBy(() -> clients.as("advisor", () -> confirmations.confirm(verdict.id(), true, "w", null)))
                .isInstanceOfSatisfying(ConfirmationRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.confirmation.notWarning"));
    }

    @Test
    void aMismatchIsConfirmedOnceAndTheConfirmationKeepsTheWarningShown() {
        long client = client();
        wealth.assess(client, 45, InvestmentHorizon.MEDIUM, EQUITY_AND_BONDS);
        SuitabilityVerdict verdict = clients.as("advisor", () -> engine.judge(client, wealth.productId("512880")));
        assertThat(verdict.fit()).isEqualTo(Fit.WARNING);

        assertThatThrownBy(() -> clients.as("advisor", () -> confirmations.confirm(verdict.id(), false, "w", null)))
                .isInstanceOf(ConfirmationRefused.class);
        RiskConfirmation first = clients.as("advisor", () -> confirmations.confirm(verdict.id(), true,
                "风险警示：R4 高于 C3", "SL-0001"));
        RiskConfirmation second = clients.as("advisor", () -> confirmations.confirm(verdict.id(), true,
                "风险警示：R4 高于 C3", "SL-0001"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.warningText()).isEqualTo("风险警示：R4 高于 C3");
        assertThat(first.recordingRef()).isEqualTo("SL-0001");
    }

    @Test
    void aReassessmentAfterTheVerdictRefusesItsConfirmation() {
        long client = client();
        wealth.assess(client, 45, InvestmentHorizon.MEDIUM, EQUITY_AND_BONDS);
        SuitabilityVerdict verdict = clients.as("advisor", () -> engine.judge(client, wealth.productId("512880")));
        wealth.assess(client, 50, InvestmentHorizon.MEDIUM, EQUITY_AND_BONDS);

        assertThatThrownBy(() -> clients.as("advisor", () -> confirmations.confirm(verdict.id(), true, "w", null)))
                .isInstanceOfSatisfying(ConfirmationRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("wealth.confirmation.assessmentChanged"));
    }

    @Test
    void aBuyOfACataloguedFundWithoutAnAssessmentIsRefusedBeforeTheExchange() {
        TestClock.INSTANCE.set(TEN_AM);
        desk.quietMarket("510300", "4.000");
        long client = client();

        OrderReceipt receipt = desk.place(client, "510300", Side.BUY, 1000, "4.000");

        assertThat(receipt.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(receipt.rejectionKey()).isEqualTo("wealth.check.noAssessment");
        assertThat(receipt.figures()).first().isEqualTo("R3");
    }

    @Test
    void aMismatchedFundIsBoughtOnlyAfterTheClientConfirmedTheWarning() {
        TestClock.INSTANCE.set(TEN_AM);
        desk.quietMarket("512880", "1.105");
        long client = client();
        wealth.assess(client, 45, InvestmentHorizon.MEDIUM, EQUITY_AND_BONDS);

        OrderReceipt refused = desk.place(client, "512880", Side.BUY, 1000, "1.105");
        assertThat(refused.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(refused.rejectionKey()).isEqualTo("wealth.check.confirmationRequired");
        assertThat(refused.figures()).containsExactly("R4", "C3");

        SuitabilityVerdict verdict = clients.as("advisor", () -> engine.judge(client, wealth.productId("512880")));
        clients.as("advisor", () -> confirmations.confirm(verdict.id(), true, "风险警示", "SL-0002"));

        OrderReceipt accepted = desk.place(client, "512880", Side.BUY, 1000, "1.105");
        assertThat(accepted.rejected()).isFalse();
    }

    @Test
    void anExpiredAssessmentRefusesTheBuyUntilTheClientIsReassessed() {
        long client = client();
        RiskAssessment old = wealth.assess(client, 45, InvestmentHorizon.MEDIUM, EQUITY_AND_BONDS);
        jdbc.sql("update wealth_risk_assessment set valid_until = ? where id = ?")
                .params(java.sql.Date.valueOf(LocalDate.parse("2026-11-24")), old.id()).update();
        TestClock.INSTANCE.set(TEN_AM);
        desk.quietMarket("510300", "4.000");

        OrderReceipt receipt = desk.place(client, "510300", Side.BUY, 1000, "4.000");

        assertThat(receipt.rejectionKey()).isEqualTo("wealth.check.expired");
        assertThat(receipt.figures()).containsExactly("R3", "C3", "2026-11-24");
    }

    @Test
    void sellsAndStocksAreNotTheChecksBusiness() {
        TestClock.INSTANCE.set(TEN_AM);
        desk.quietMarket("600036", "10.00");
        long client = client();

        OrderReceipt receipt = desk.place(client, "600036", Side.BUY, 100, "10.00");

        assertThat(receipt.rejected()).isFalse();
    }
}
