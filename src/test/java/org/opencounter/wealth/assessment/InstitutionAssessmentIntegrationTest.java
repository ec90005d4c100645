package org.opencounter.wealth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.WealthFixture;
import org.opencounter.wealth.allocation.AllocationPlan;
import org.opencounter.wealth.allocation.AllocationPlans;
import org.opencounter.wealth.allocation.AssetClass;
import org.opencounter.wealth.allocation.PlanForm;
import org.opencounter.wealth.allocation.Weights;
import org.opencounter.wealth.needs.Household;
import org.opencounter.wealth.needs.HouseholdForm;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.opencounter.wealth.needs.MaritalStatus;
import org.opencounter.wealth.needs.NeedsAnalysis;
import org.opencounter.wealth.needs.NeedsRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Institutions answer the institutions' questionnaire (机构投资者风险承受能力评估问卷, version 1 of V40): ten questions,
 * 100 points, C1 0–20, C2 21–36, C3 37–53, C4 54–81, C5 82–100, and "no loss of capital" makes C1 whatever the score.
 * Individuals keep theirs. An institution's plan follows the institutions' model for its category, as it has no
 * household life cycle.
 */
@IntegrationTest
class InstitutionAssessmentIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Questionnaires questionnaires;
    @Autowired RiskAssessments assessments;
    @Autowired AllocationPlans plans;
    @Autowired NeedsAnalysis needs;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private Questionnaire institutional() {
        return questionnaires.active(QuestionnaireAudience.INSTITUTION).orElseThrow();
    }

    /** An active institution of the advisor's branch, from the demo data. */
    private long institution() {
        return jdbc.sql("""
                        select min(c.id) from clients_client c join platform_branch b on b.id = c.branch_id
                        where c.kind = 'INSTITUTION' and c.status = 'ACTIVE' and b.code = 'SH01'""")
                .query(Long.class).single();
    }

    private RiskAssessment assess(long client, Map<Long, Long> answers) {
        return staff().as("advisor", () -> assessments.assess(client, new AssessmentAnswers(answers,
                InvestmentHorizon.LONG, EnumSet.of(InvestmentVariety.FIXED_INCOME), UUID.randomUUID().toString())));
    }

    @Test
    void theInstitutionsQuestionnaireAsksAboutTheInstitutionAndScoresToOneHundred() {
        Questionnaire questionnaire = institutional();
        assertThat(questionnaire.audience()).isEqualTo(QuestionnaireAudience.INSTITUTION);
        assertThat(questionnaire.version()).isEqualTo(1);
        assertThat(questionnaire.questions()).hasSize(10);
        assertThat(questionnaire.highestScore()).isEqualTo(100);
        assertThat(questionnaire.questions().get(1).textZh()).isEqualTo("贵机构最近一年末的净资产");
        assertThat(questionnaire.questions()).noneMatch(q -> q.textZh().contains("年龄"));
        assertThat(questionnaires.active(QuestionnaireAudience.INDIVIDUAL).orElseThrow().id())
                .isNotEqualTo(questionnaire.id());
    }

    @Test
    void eachCategoryBoundaryOfTheInstitutionsVersionOne() {
        Questionnaire questionnaire = institutional();
        Map<Integer, RiskCategory> expected = Map.of(20, RiskCategory.C1, 21, RiskCategory.C2, 36, RiskCategory.C2,
                37, RiskCategory.C3, 53, RiskCategory.C3, 54, RiskCategory.C4, 81, RiskCategory.C4, 82, RiskCategory.C5,
                100, RiskCategory.C5);
        expected.forEach((score, category) -> assertThat(questionnaire.score(
                WealthFixture.answersScoring(questionnaire, score)).category()).as("score %d", score)
                .isEqualTo(category));
        Scoring noLoss = questionnaire.score(WealthFixture.withLowestCategoryAnswer(questionnaire,
                WealthFixture.answersScoring(questionnaire, 90)));
        assertThat(noLoss.knockedOut()).isTrue();
        assertThat(noLoss.category()).isEqualTo(RiskCategory.C1);
    }

    @Test
    void anInstitutionIsAssessedOnItsQuestionnaireAndItsPageShowsIt() throws Exception {
        long client = institution();
        RiskAssessment result = assess(client, WealthFixture.answersScoring(institutional(), 60));

        assertThat(result.category()).isEqualTo(RiskCategory.C4);
        assertThat(jdbc.sql("select q.audience from wealth_risk_assessment a"
                        + " join wealth_questionnaire q on q.id = a.questionnaire_id where a.id = ?")
                .param(result.id()).query(String.class).single()).isEqualTo("INSTITUTION");

        String page = mvc.perform(get("/wealth/clients/" + client + "/assessment")
                        .with(user(staff().login("advisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("机构投资者风险承受能力评估问卷").contains("贵机构的类型").doesNotContain("您的年龄");
    }

    @Test
    void anInstitutionsPlanFollowsTheInstitutionsModelWithoutAHousehold() {
        long client = institution();
        // 45 is C3; the institutions' C3 model: cash 20%, fixed income 50%, equity 25%, alternatives 5%
        assess(client, WealthFixture.answersScoring(institutional(), 45));

        AllocationPlans.Basis basis = staff().as("advisor", () -> plans.basis(client));
        assertThat(basis.stage()).isEqualTo(LifeCycleStage.INSTITUTION);
        Weights model = plans.model(RiskCategory.C3, LifeCycleStage.INSTITUTION);
        assertThat(model.of(AssetClass.CASH)).isEqualByComparingTo("0.20");
        assertThat(model.of(AssetClass.EQUITY)).isEqualByComparingTo("0.25");
        AllocationPlan plan = staff().as("advisor", () -> plans.create(client, PlanForm.of(model)));
        assertThat(plan.stage()).isEqualTo(LifeCycleStage.INSTITUTION);
        assertThat(plan.category()).isEqualTo(RiskCategory.C3);
    }

    @Test
    void anAdviserCannotGiveAnIndividualTheInstitutionsStage() {
        long individual = jdbc.sql("""
                        select min(c.id) from clients_client c join platform_branch b on b.id = c.branch_id
                        where c.kind = 'INDIVIDUAL' and c.status = 'ACTIVE' and b.code = 'SH01'""")
                .query(Long.class).single();
        HouseholdForm household = new HouseholdForm();
        household.setAnnualIncome(new BigDecimal("300000"));
        household.setAnnualExpenses(new BigDecimal("150000"));
        household.setMarital(MaritalStatus.MARRIED);
        household.setStageOverride(LifeCycleStage.INSTITUTION);
        household.setOverrideReason("试一试");
        household.setVersion(needs.household(individual).map(Household::version).orElse(-1L));
        assertThatThrownBy(() -> staff().as("advisor", () -> needs.save(individual, household)))
                .isInstanceOf(NeedsRefused.class).hasMessage("wealth.needs.householdStageOnly");
    }

    @Test
    void theQuestionnairesPageListsBothAudiences() throws Exception {
        String page = mvc.perform(get("/wealth/questionnaires").with(user(staff().login("compliance"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("个人投资者").contains("机构投资者").contains("questionnaire-" + institutional().id());
    }
}
