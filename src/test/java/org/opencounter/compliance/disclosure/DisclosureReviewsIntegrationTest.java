package org.opencounter.compliance.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.compliance.Material;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The disclosure review on the real database: findings block the approval until the author revises; nobody approves
 * their own material; only approved material is published; authors see their own submissions only; the dictionary
 * grows and the next check uses it.
 */
@IntegrationTest
class DisclosureReviewsIntegrationTest {

    private static final String CLEAN = "债券基金定投，分散择时风险。本产品不保本。投资有风险，入市需谨慎。";

    @Autowired ApplicationContext context;
    @Autowired DisclosureReviews reviews;
    @Autowired PhraseDictionary dictionary;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void onlyTheSeededPhrases() {
        jdbc.sql("delete from compliance_phrase where added_by <> 'system'").update();
        jdbc.sql("update compliance_phrase set retired_by = null, retired_at = null").update();
    }

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private Disclosure found(long id) {
        return staff().as("auditor", () -> reviews.find(id));
    }

    private long submit(String author, Material material, String body) {
        return staff().as(author, () -> reviews.submit(material, "宣传材料", body, UUID.randomUUID().toString()));
    }

    @Test
    void findingsBlockTheApprovalUntilTheAuthorRevises() {
        long id = submit("wealth", Material.MARKETING, "固收增强，保本保息，稳赚不赔！");
        assertThat(found(id).reference()).matches("PUB-\\d{4}-\\d{5}");
        assertThat(staff().as("wealth", () -> reviews.findings(id))).extracting(Finding::kind, Finding::phrase)
                .contains(org.assertj.core.groups.Tuple.tuple(Finding.Kind.FORBIDDEN, "保本"),
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.MISSING, "投资有风险"));

        staff().as("compliance", () -> reviews.take(id));
        assertThatThrownBy(() -> staff().as("compliance", () -> reviews.approve(id, "ok")))
                .isInstanceOf(DisclosureRefused.class).hasMessage("compliance.disclosure.findingsRemain");
        assertThatThrownBy(() -> staff().as("compliance2", () -> reviews.returnToAuthor(id, "改")))
                .as("another officer's review").isInstanceOf(DisclosureRefused.class)
                .hasMessage("compliance.disclosure.notYourReview");
        assertThatThrownBy(() -> staff().as("compliance", () -> reviews.returnToAuthor(id, " ")))
                .isInstanceOf(DisclosureRefused.class).hasMessage("compliance.disclosure.commentRequired");
        staff().as("compliance", () -> reviews.returnToAuthor(id, "删除保本承诺，补充风险揭示"));
        assertThatThrownBy(() -> staff().as("wealth", () -> reviews.publish(id)))
                .isInstanceOf(DisclosureRefused.class).hasMessage("compliance.disclosure.notApproved");

        staff().as("wealth", () -> reviews.revise(id, "宣传材料（修订）", CLEAN));
        assertThat(found(id).revision()).isEqualTo(2);
        assertThat(found(id).findings()).isZero();
        staff().as("compliance", () -> reviews.take(id));
        staff().as("compliance", () -> reviews.approve(id, "同意"));
        staff().as("wealth", () -> reviews.publish(id));
        Disclosure published = found(id);
        assertThat(published.status()).isEqualTo(DisclosureStatus.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("wealth");
        assertThat(staff().as("wealth", () -> reviews.history(id))).extracting(DisclosureReviews.Event::status)
                .containsExactly(DisclosureStatus.SUBMITTED, DisclosureStatus.UNDER_REVIEW, DisclosureStatus.RETURNED,
                        DisclosureStatus.SUBMITTED, DisclosureStatus.UNDER_REVIEW, DisclosureStatus.APPROVED,
                        DisclosureStatus.PUBLISHED);
    }

    @Test
    void nobodyApprovesTheirOwnMaterial() {
        long id = submit("compliance", Material.ANNOUNCEMENT, "营业部迁址公告。");
        staff().as("compliance", () -> reviews.take(id));
        assertThatThrownBy(() -> staff().as("compliance", () -> reviews.approve(id, "ok")))
                .isInstanceOf(DisclosureRefused.class).hasMessage("compliance.disclosure.ownWork");
    }

    @Test
    void theDatabaseRefusesAPublishedRowWithoutAnApproval() {
        long id = submit("analyst", Material.ANNOUNCEMENT, "公告。");
        assertThatThrownBy(() -> jdbc.sql("update compliance_disclosure set status = 'PUBLISHED', published_at = now()"
                + " where id = ?").param(id).update()).hasMessageContaining("ck_compliance_disclosure_published");
    }

    @Test
    void theSameFormSentTwiceSubmitsOnce() {
        String key = UUID.randomUUID().toString();
        long first = staff().as("analyst", () -> reviews.submit(Material.ANNOUNCEMENT, "公告", "公告。", key));
        assertThat(staff().as("analyst", () -> reviews.submit(Material.ANNOUNCEMENT, "公告", "公告。", key)))
                .isEqualTo(first);
    }

    @Test
    void authorsSeeTheirOwnSubmissionsOnly() throws Exception {
        long mine = submit("analyst", Material.ANNOUNCEMENT, "公告。");
        assertThatThrownBy(() -> staff().as("wealth", () -> reviews.find(mine)))
                .isInstanceOf(DisclosureNotFound.class);
        assertThat(staff().as("wealth", () -> reviews.page(null, org.springframework.data.domain.PageRequest.of(0, 50))
                .getContent())).allMatch(disclosure -> disclosure.submittedBy().equals("wealth"));
        mvc.perform(get("/compliance/disclosures/" + mine).with(user(staff().login("wealth"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/compliance/disclosures/" + mine).with(user(staff().login("auditor"))))
                .andExpect(status().isOk());
    }

    @Test
    void aPhraseAddedToTheDictionaryIsCheckedNext() {
        staff().as("compliance", () -> dictionary.add(Phrase.Kind.FORBIDDEN, "翻倍", null, "夸大收益"));
        long id = submit("wealth", Material.MARKETING, "收益翻倍！" + CLEAN);
        assertThat(found(id).findings()).isEqualTo(1);
        assertThatThrownBy(() -> staff().as("compliance", () -> dictionary.add(Phrase.Kind.REQUIRED, "风险", null, null)))
                .isInstanceOf(DisclosureRefused.class).hasMessage("compliance.phrase.materialRequired");
        long phrase = dictionary.live().stream().filter(p -> p.phrase().equals("翻倍")).findFirst().orElseThrow().id();
        staff().as("compliance", () -> dictionary.retire(phrase));
        assertThat(found(submit("wealth", Material.MARKETING, "收益翻倍！" + CLEAN)).findings()).isZero();
    }

    @Test
    void theDemoHasMaterialInEveryState() {
        assertThat(jdbc.sql("select distinct status from compliance_disclosure").query(String.class).list())
                .contains("PUBLISHED", "RETURNED", "UNDER_REVIEW", "SUBMITTED");
    }
}
