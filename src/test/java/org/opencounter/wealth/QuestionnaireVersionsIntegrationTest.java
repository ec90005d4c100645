package org.opencounter.wealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.platform.approval.ApprovalService;
import org.opencounter.wealth.assessment.QuestionnaireAudience;
import org.opencounter.wealth.assessment.QuestionnaireDraft;
import org.opencounter.wealth.assessment.QuestionnaireRefused;
import org.opencounter.wealth.assessment.QuestionnaireStatus;
import org.opencounter.wealth.assessment.QuestionnaireVersions;
import org.opencounter.wealth.assessment.Questionnaires;
import org.opencounter.wealth.assessment.RiskAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Compliance drafts a new questionnaire version, edits it, and a second compliance officer activates it. */
@IntegrationTest
class QuestionnaireVersionsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Questionnaires questionnaires;
    @Autowired QuestionnaireVersions versions;
    @Autowired ApprovalService approvals;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void versionOneAgain() {
        new WealthFixture(context, staff()).onlyVersionOne();
    }

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private long versionOne() {
        return questionnaires.versions().stream()
                .filter(v -> v.audience() == QuestionnaireAudience.INDIVIDUAL && v.version() == 1).findFirst()
                .orElseThrow().id();
    }

    @Test
    void aDraftCopiesItsSourceAndOnlyOneDraftMayExist() throws Exception {
        long draft = staff().as("compliance", () -> versions.draftFrom(versionOne()));

        var copy = questionnaires.byId(draft).orElseThrow();
        var source = questionnaires.byId(versionOne()).orElseThrow();
        assertThat(copy.version()).isEqualTo(2);
        assertThat(copy.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        assertThat(copy.questions()).hasSameSizeAs(source.questions());
        assertThat(copy.highestScore()).isEqualTo(source.highestScore());
        assertThat(copy.bands()).isEqualTo(source.bands());
        mvc.perform(get("/wealth/questionnaires/" + draft + "/edit").with(user(staff().login("compliance"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("draft-question-10")));
        assertThatThrownBy(() -> staff().as("compliance", () -> versions.draftFrom(versionOne())))
                .isInstanceOfSatisfying(QuestionnaireRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.questionnaire.draftExists"));
    }

    @Test
    void anActivatedVersionIsAnsweredFromThenOnAndOldResultsKeepTheirs() {
        ClientsFixture staff = staff();
        WealthFixture wealth = new WealthFixture(context, staff);
        long client = staff.openClient(470);
        RiskAssessment before = wealth.assess(client, 45, InvestmentHorizon.MEDIUM,
                EnumSet.of(InvestmentVariety.EQUITY));
        long draft = staff.as("compliance", () -> versions.draftFrom(versionOne()));
        QuestionnaireDraft edited = QuestionnaireDraft.of(questionnaires.byId(draft).orElseThrow());
        edited.setValidityMonths(12);
        edited.getBands().put(RiskCategory.C3, 40);
        staff.as("compliance", () -> versions.save(draft, edited));

        long approval = staff.as("compliance", () -> versions.requestActivation(draft));
        assertThatThrownBy(() -> staff.as("compliance", () -> approvals.approve(approval, "ok")))
                .as("no one approves their own request").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> staff.as("compliance", () -> versions.save(draft, edited)))
                .isInstanceOf(QuestionnaireRefused.class);
        staff.as("compliance2", () -> approvals.approve(approval, "reviewed"));

        assertThat(questionnaires.active(QuestionnaireAudience.INDIVIDUAL).orElseThrow().version()).isEqualTo(2);
        assertThat(questionnaires.active(QuestionnaireAudience.INSTITUTION).orElseThrow().version())
                .as("institutions keep their own version").isEqualTo(1);
        assertThat(questionnaires.byId(versionOne()).orElseThrow().status()).isEqualTo(QuestionnaireStatus.RETIRED);
        RiskAssessment after = wealth.assess(client, 38, InvestmentHorizon.MEDIUM, EnumSet.of(InvestmentVariety.EQUITY));
        assertThat(after.questionnaireVersion()).isEqualTo(2);
        assertThat(after.category()).as("38 is C3 under version 1 but C2 under version 2").isEqualTo(RiskCategory.C2);
        assertThat(after.validUntil()).isEqualTo(after.assessedAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toLocalDate().plusMonths(12).minusDays(1));
        assertThat(before.questionnaireVersion()).isEqualTo(1);
    }

    @Test
    void theEditorShowsEachProblemNextToItsFieldAndSavesNothing() throws Exception {
        long draft = staff().as("compliance", () -> versions.draftFrom(versionOne()));

        String page = mvc.perform(post("/wealth/questionnaires/" + draft + "/edit").with(csrf())
                        .with(user(staff().login("compliance")))
                        .param("action", "save").param("title", "v2").param("validityMonths", "0")
                        .param("bands[C1]", "0").param("bands[C2]", "21").param("bands[C3]", "20")
                        .param("bands[C4]", "54").param("bands[C5]", "82")
                        .param("questions[0].textZh", "年龄").param("questions[0].textEn", "Age")
                        .param("questions[0].options[0].textZh", "年轻").param("questions[0].options[0].textEn", "Young")
                        .param("questions[0].options[0].score", "101")
                        .param("questions[0].options[1].textZh", "年长").param("questions[0].options[1].textEn", "Old")
                        .param("questions[0].options[1].score", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("有效期应在 1 至 60 个月之间", "最低分须高于上一类别的 21 分", "分值应在 0 至 100 之间");
        assertThat(questionnaires.byId(draft).orElseThrow().questions()).hasSize(11);
    }

    @Test
    void theEditorAddsAQuestionWithoutSaving() throws Exception {
        long draft = staff().as("compliance", () -> versions.draftFrom(versionOne()));

        mvc.perform(post("/wealth/questionnaires/" + draft + "/edit").with(csrf())
                        .with(user(staff().login("compliance"))).param("action", "addQuestion")
                        .param("title", "v2").param("validityMonths", "24"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("draft-question-0")));
        mvc.perform(get("/wealth/questionnaires/" + draft).with(user(staff().login("advisor"))))
                .andExpect(status().isOk());
        assertThat(questionnaires.byId(draft).orElseThrow().questions()).hasSize(11);
    }
}
