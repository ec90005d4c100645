package org.opencounter.wealth.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.WealthFixture;
import org.opencounter.wealth.needs.HouseholdForm;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.opencounter.wealth.needs.MaritalStatus;
import org.opencounter.wealth.needs.NeedsAnalysis;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A balanced (C3) married client of 36 without children, forming a family: the model is 10 / 40 / 40 / 10, which the
 * assumptions (cash 1.8% / 0.5%, fixed income 3.2% / 4%, equity 7.5% / 22%, alternatives 5.5% / 15%) put at 5.01% a
 * year with a volatility of 9.51%. The client holds 100,000 in cash and 1,000 shares of 600036 at 10.00.
 */
@IntegrationTest
class AllocationPlansIntegrationTest {

    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote("600036");

    @Autowired ApplicationContext context;
    @Autowired AllocationPlans plans;
    @Autowired NeedsAnalysis needs;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private static int sequence = 440;

    private record Client(long id, ClientsFixture staff) {
    }

    private Client balancedClient() {
        TradingDesk desk = new TradingDesk(context);
        desk.quietMarket("600036", "10.00");
        long client = desk.clientWith(sequence++, "100000.00");
        desk.holds(client, "600036", 1000, "9500.00");
        ClientsFixture staff = desk.fixture();
        new WealthFixture(context, staff).assess(client, 45, InvestmentHorizon.LONG,
                EnumSet.allOf(InvestmentVariety.class));
        HouseholdForm household = new HouseholdForm();
        household.setAnnualIncome(new BigDecimal("300000"));
        household.setAnnualExpenses(new BigDecimal("150000"));
        household.setMarital(MaritalStatus.MARRIED);
        staff.as("advisor", () -> needs.save(client, household));
        return new Client(client, staff);
    }

    private AllocationPlan plan(Client client, Weights weights) {
        return client.staff().as("advisor", () -> plans.create(client.id(), PlanForm.of(weights)));
    }

    @Test
    void theModelForABalancedYoungFamilyAndItsFigures() {
        Client client = balancedClient();

        AllocationPlans.Basis basis = client.staff().as("advisor", () -> plans.basis(client.id()));
        assertThat(basis.assessment().category()).isEqualTo(RiskCategory.C3);
        assertThat(basis.stage()).isEqualTo(LifeCycleStage.FAMILY_FORMATION);
        Weights model = plans.model(RiskCategory.C3, LifeCycleStage.FAMILY_FORMATION);
        assertThat(model).isEqualTo(Weights.ofPercent(10, 40, 40, 10));

        AllocationPlan plan = plan(client, model);
        assertThat(plan.expectedReturn()).isEqualByComparingTo("0.0501");
        assertThat(plan.volatility()).isEqualByComparingTo("0.0951");
        assertThat(plan.active()).isTrue();
    }

    @Test
    void holdingsFarFromThePlanCallForRebalancing() {
        Client client = balancedClient();
        plan(client, Weights.ofPercent(10, 40, 40, 10));

        HeldAllocation held = client.staff().as("advisor", () -> plans.held(client.id()));
        assertThat(held.values()).containsEntry(AssetClass.EQUITY, new BigDecimal("10000.00"));
        assertThat(held.total()).isEqualByComparingTo("110000.00");
        var review = client.staff().as("advisor", () -> plans.review(client.id(), "建议分批买入权益与债券基金"));

        // cash is 100,000 / 110,000 = 90.91% against a 10% target
        assertThat(review.maxDrift()).isEqualByComparingTo("80.91");
        assertThat(review.reviewNeeded()).isTrue();
        assertThat(review.held().of(AssetClass.CASH)).isEqualByComparingTo("0.909091");
    }

    @Test
    void aNewPlanSupersedesTheOldAndTheSameFormMakesOnePlan() {
        Client client = balancedClient();
        PlanForm form = PlanForm.of(Weights.ofPercent(20, 40, 30, 10));
        AllocationPlan first = client.staff().as("advisor", () -> plans.create(client.id(), form));
        AllocationPlan again = client.staff().as("advisor", () -> plans.create(client.id(), form));
        AllocationPlan second = plan(client, Weights.ofPercent(10, 40, 40, 10));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(plans.active(client.id()).orElseThrow().id()).isEqualTo(second.id());
        assertThat(jdbc.sql("select count(*) from wealth_allocation_plan where client_id = ?").param(client.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void weightsThatDoNotMakeAHundredPercentAreRefused() {
        Client client = balancedClient();
        PlanForm form = new PlanForm();
        form.setPercents(new java.util.EnumMap<>(Map.of(AssetClass.CASH, new BigDecimal("10"),
                AssetClass.FIXED_INCOME, new BigDecimal("40"), AssetClass.EQUITY, new BigDecimal("40"),
                AssetClass.ALTERNATIVE, new BigDecimal("9.99"))));

        assertThatThrownBy(() -> client.staff().as("advisor", () -> plans.create(client.id(), form)))
                .isInstanceOfSatisfying(PlanRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.plan.weightsAddUp"));
    }

    @Test
    void aClientWithoutAnAssessmentGetsNoPlan() {
        ClientsFixture staff = new ClientsFixture(context);
        long client = staff.openClient(sequence++);

        assertThatThrownBy(() -> staff.as("advisor", () -> plans.basis(client)))
                .isInstanceOfSatisfying(PlanRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.plan.assessFirst"));
    }

    @Test
    void thePlanIsAPdfInChineseOrEnglish() throws Exception {
        Client client = balancedClient();
        plan(client, Weights.ofPercent(10, 40, 40, 10));

        mvc.perform(get("/wealth/clients/" + client.id() + "/plan").with(user(client.staff().login("advisor"))))
                .andExpect(status().isOk());
        byte[] chinese = mvc.perform(get("/wealth/clients/" + client.id() + "/plan/pdf")
                        .with(user(client.staff().login("advisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] english = mvc.perform(get("/wealth/clients/" + client.id() + "/plan/pdf").param("language", "en")
                        .with(user(client.staff().login("advisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(text(chinese)).contains("资产配置方案", "5.01%", "9.51%");
        assertThat(text(english)).contains("Asset allocation plan", "Expected return a year", "5.01%");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'wealth.plan.pdf'"
                + " and detail like ?").param("client " + client.id() + ",%").query(Long.class).single())
                .as("each document issued is audited").isEqualTo(2);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
