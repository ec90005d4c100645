package org.opencounter.wealth.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.compliance.Material;
import org.opencounter.compliance.PublicationCleared;
import org.opencounter.compliance.disclosure.Disclosure;
import org.opencounter.compliance.disclosure.DisclosureRefused;
import org.opencounter.compliance.disclosure.DisclosureReviews;
import org.opencounter.compliance.disclosure.DisclosureStatus;
import org.opencounter.platform.DemoStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Investor education reaches the library only through compliance's disclosure review: a promise of returns is found
 * and blocks the approval, the article goes back with comments and is revised where it was written, and what the
 * second officer cleared is what is published, once.
 */
@IntegrationTest
class EducationReviewIntegrationTest {

    @Autowired EducationReview review;
    @Autowired InvestorEducation education;
    @Autowired DisclosureReviews reviews;
    @Autowired DemoStaff staff;
    @Autowired JdbcClient jdbc;

    private static ContentForm article(String bodyZh) {
        ContentForm form = new ContentForm();
        form.setCode("EDU-DCA");
        form.setKind(ContentKind.ARTICLE);
        form.setTitleZh("基金定投入门");
        form.setTitleEn("Regular fund investing");
        form.setBodyZh(bodyZh);
        form.setBodyEn("Investing a fixed sum each month spreads the purchase price over time.");
        return form;
    }

    private <T> T as(String username, Supplier<T> work) {
        return staff.as(username, work::get);
    }

    private void awaitStatus(long id, SubmissionStatus status) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> review.find(id).status() == status);
    }

    @Test
    void anArticleIsPublishedOnlyOnceComplianceClearedWhatItsAuthorRevised() {
        long libraryBefore = education.library(ContentKind.ARTICLE, PageRequest.of(0, 1)).getTotalElements();
        EducationSubmission submitted = as("compliance", () -> review.submit(article(
                "定投可以摊薄成本，长期坚持稳赚不赔。"), "edu-review-1"));
        assertThat(as("compliance", () -> review.submit(article("又一次"), "edu-review-1")).id())
                .as("the same form sent twice").isEqualTo(submitted.id());

        assertThat(submitted.status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(submitted.reviewReference()).startsWith("PUB-");
        Disclosure inReview = as("compliance2", () -> reviews.find(submitted.reviewId()));
        assertThat(inReview.material()).isEqualTo(Material.INVESTOR_EDUCATION);
        assertThat(inReview.source()).isEqualTo("wealth.education:" + submitted.id());
        assertThat(inReview.body()).contains("稳赚不赔", "Regular fund investing", "fixed sum");
        assertThat(inReview.findings()).as("稳赚 is a promise of returns").isPositive();

        as("compliance2", () -> {
            reviews.take(submitted.reviewId());
            assertThatThrownBy(() -> reviews.approve(submitted.reviewId(), null))
                    .isInstanceOfSatisfying(DisclosureRefused.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("compliance.disclosure.findingsRemain"));
            reviews.returnToAuthor(submitted.reviewId(), "删除“稳赚不赔”，补充基金投资有风险的提示。");
            return null;
        });
        awaitStatus(submitted.id(), SubmissionStatus.RETURNED);
        assertThat(review.find(submitted.id()).reviewComment()).contains("稳赚不赔");
        assertThatThrownBy(() -> as("compliance", () -> {
            reviews.revise(submitted.reviewId(), "改", "改");
            return null;
        })).as("revised where it was written").isInstanceOfSatisfying(DisclosureRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("compliance.disclosure.reviseAtSource"));

        EducationSubmission revised = as("compliance", () -> review.revise(submitted.id(), article(
                "定投可以摊薄成本，但基金投资有风险，过往业绩不代表未来表现。")));
        assertThat(revised.status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(revised.reviewComment()).isNull();
        Disclosure again = as("compliance2", () -> reviews.find(submitted.reviewId()));
        assertThat(again.status()).isEqualTo(DisclosureStatus.SUBMITTED);
        assertThat(again.revision()).isEqualTo(2);
        assertThat(again.findings()).isZero();
        assertThat(education.library(ContentKind.ARTICLE, PageRequest.of(0, 1)).getTotalElements())
                .as("nothing is published before it is cleared").isEqualTo(libraryBefore);

        as("compliance2", () -> {
            reviews.take(submitted.reviewId());
            reviews.approve(submitted.reviewId(), "已删除承诺收益的表述");
            reviews.publish(submitted.reviewId());
            return null;
        });
        awaitStatus(submitted.id(), SubmissionStatus.PUBLISHED);
        EducationSubmission published = review.find(submitted.id());
        EducationContent content = education.content(published.contentId());
        assertThat(content.code()).isEqualTo("EDU-DCA");
        assertThat(content.version()).isEqualTo(1);
        assertThat(content.bodyZh()).contains("基金投资有风险").doesNotContain("稳赚");
        assertThat(content.publishedBy()).isEqualTo("compliance");
        assertThat(content.reviewReference()).isEqualTo(submitted.reviewReference());

        review.cleared(new PublicationCleared(submitted.reviewId(), submitted.reviewReference(),
                "wealth.education:" + submitted.id(), "compliance2", Instant.now()));
        assertThat(education.versions("EDU-DCA")).as("heard twice, published once").hasSize(1);
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'wealth.education.publish'"
                + " and entity_id = ? and username = 'system'").param(String.valueOf(content.id()))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyReturnedContentIsRevised() {
        EducationSubmission submitted = as("compliance", () -> review.submit(article("定投的基本做法。"),
                "edu-review-2"));
        ContentForm form = article("改过的正文");
        assertThatThrownBy(() -> as("compliance", () -> review.revise(submitted.id(), form)))
                .isInstanceOfSatisfying(EducationRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("wealth.education.notReturned"));
        assertThat(review.open(PageRequest.of(0, 20)).getContent()).extracting(EducationSubmission::id)
                .contains(submitted.id());
    }
}
