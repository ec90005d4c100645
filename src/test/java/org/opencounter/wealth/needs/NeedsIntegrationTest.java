package org.opencounter.wealth.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Finances, family, the life-cycle stage and goals of a client born 1990-03-07, on 2 December 2026. */
@IntegrationTest
class NeedsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired NeedsAnalysis needs;
    @Autowired ClientProfiles profiles;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture fixture;
    private static int sequence = 480;

    @BeforeEach
    void onTheSecondOfDecember() {
        fixture = new ClientsFixture(context);
        TestClock.INSTANCE.setShanghai("2026-12-02T10:00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    static HouseholdForm marriedWithoutChildren() {
        HouseholdForm form = new HouseholdForm();
        form.setAnnualIncome(new BigDecimal("300000.00"));
        form.setAnnualExpenses(new BigDecimal("180000.00"));
        form.setCashDeposits(new BigDecimal("120000.00"));
        form.setMarital(MaritalStatus.MARRIED);
        return form;
    }

    private StageView stageOf(long client) {
        return fixture.as("advisor", () -> needs.stage(profiles.visible(client), needs.household(client)));
    }

    @Test
    void aMarriedThirtySixYearOldWithoutChildrenIsFormingAFamily() {
        long client = fixture.openClient(sequence++);

        fixture.as("advisor", () -> needs.save(client, marriedWithoutChildren()));

        StageView stage = stageOf(client);
        assertThat(stage.derived()).isEqualTo(LifeCycleStage.FAMILY_FORMATION);
        assertThat(stage.effective()).isEqualTo(LifeCycleStage.FAMILY_FORMATION);
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'wealth.needs.household'"
                + " and entity_id = ?").param(String.valueOf(client)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdviserMaySetTheStageOnlyWithAReason() {
        long client = fixture.openClient(sequence++);
        HouseholdForm form = marriedWithoutChildren();
        form.setStageOverride(LifeCycleStage.FAMILY_GROWTH);

        assertThatThrownBy(() -> fixture.as("advisor", () -> needs.save(client, form)))
                .isInstanceOfSatisfying(NeedsRefused.class, refused -> assertThat(refused.field())
                        .isEqualTo("overrideReason"));
        form.setOverrideReason("expecting a child in spring");
        fixture.as("advisor", () -> needs.save(client, form));

        StageView stage = stageOf(client);
        assertThat(stage.derived()).isEqualTo(LifeCycleStage.FAMILY_FORMATION);
        assertThat(stage.effective()).isEqualTo(LifeCycleStage.FAMILY_GROWTH);
        assertThat(stage.reason()).isEqualTo("expecting a child in spring");
    }

    @Test
    void aFormReadBeforeSomeoneElsesChangeIsRefused() {
        long client = fixture.openClient(sequence++);
        fixture.as("advisor", () -> needs.save(client, marriedWithoutChildren()));
        HouseholdForm stale = HouseholdForm.of(fixture.as("advisor", () -> needs.household(client)).orElseThrow());
        HouseholdForm fresh = HouseholdForm.of(fixture.as("advisor", () -> needs.household(client)).orElseThrow());
        fresh.setDependentChildren(1);
        fixture.as("advisor2", () -> needs.save(client, fresh));

        stale.setRetired(true);
        assertThatThrownBy(() -> fixture.as("advisor", () -> needs.save(client, stale)))
                .isInstanceOfSatisfying(NeedsRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("wealth.needs.changedMeanwhile"));
        assertThat(stageOf(client).derived()).isEqualTo(LifeCycleStage.FAMILY_GROWTH);
    }

    @Test
    void aGoalIsAddedOnceHowOftenTheFormIsSentAndClosedOnce() {
        long client = fixture.openClient(sequence++);
        GoalForm form = new GoalForm();
        form.setKind(GoalKind.EDUCATION);
        form.setTargetAmount(new BigDecimal("600000.00"));
        form.setTargetDate(LocalDate.parse("2040-09-01"));
        form.setPriority(GoalPriority.HIGH);

        Goal first = fixture.as("advisor", () -> needs.addGoal(client, form));
        Goal second = fixture.as("advisor", () -> needs.addGoal(client, form));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.yearsLeft(LocalDate.parse("2026-12-02"))).isEqualTo(13);

        fixture.as("advisor", () -> needs.closeGoal(client, first.id(), GoalStatus.ACHIEVED));
        assertThatThrownBy(() -> fixture.as("advisor", () -> needs.closeGoal(client, first.id(), GoalStatus.DROPPED)))
                .isInstanceOf(NeedsRefused.class);
        assertThat(fixture.as("advisor", () -> needs.goals(client))).extracting(Goal::status)
                .containsExactly(GoalStatus.ACHIEVED);
    }

    @Test
    void aGoalDueTodayIsRefusedNextToItsDate() throws Exception {
        long client = fixture.openClient(sequence++);

        String page = mvc.perform(post("/wealth/clients/" + client + "/goals").with(csrf())
                        .with(user(fixture.login("advisor"))).param("kind", "HOME").param("priority", "MEDIUM")
                        .param("targetAmount", "2000000").param("targetDate", "2026-12-02"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"targetDate-error\"", "目标日期须晚于今天。");
        assertThat(fixture.as("advisor", () -> needs.goals(client))).isEmpty();
    }

    @Test
    void aNegativeIncomeIsShownNextToItsField() throws Exception {
        long client = fixture.openClient(sequence++);

        String page = mvc.perform(post("/wealth/clients/" + client + "/needs").with(csrf())
                        .with(user(fixture.login("advisor"))).param("annualIncome", "-1").param("annualExpenses", "0")
                        .param("marital", "SINGLE").param("version", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"annualIncome-error\"", "金额不能为负");
        assertThat(fixture.as("advisor", () -> needs.household(client))).isEmpty();
    }

    @Test
    void thePageShowsTheStageAndAnotherBranchGets404() throws Exception {
        long client = fixture.openClient(sequence++);
        fixture.as("advisor", () -> needs.save(client, marriedWithoutChildren()));

        String page = mvc.perform(get("/wealth/clients/" + client + "/needs").with(user(fixture.login("advisor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("家庭形成期", "40%");
        mvc.perform(get("/wealth/clients/" + client + "/needs").with(user(fixture.login("advisor.bj"))))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> fixture.as("advisor.bj", () -> needs.save(client, marriedWithoutChildren())))
                .isInstanceOf(ClientNotFound.class);
    }
}
