package org.opencounter.wealth.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientNotFound;
import org.opencounter.compliance.disclosure.DisclosureReviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The library's versions (each cleared by compliance's disclosure review), clients' acknowledgements of the current
 * risk disclosures, and education events.
 */
@IntegrationTest
class InvestorEducationIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired InvestorEducation education;
    @Autowired EducationReview review;
    @Autowired DisclosureReviews reviews;
    @Autowired MockMvc mvc;

    private static int sequence = 485;

    private ContentForm disclosure(String code, String title) {
        ContentForm form = new ContentForm();
        form.setCode(code);
        form.setKind(ContentKind.RISK_DISCLOSURE);
        form.setTitleZh(title);
        form.setTitleEn(title);
        form.setBodyZh("正文");
        form.setBodyEn("Text");
        return form;
    }

    /** Written by one compliance officer, approved and released by another, then published by wealth. */
    private EducationContent cleared(ClientsFixture staff, ContentForm form) {
        EducationSubmission submitted = staff.as("compliance", () -> review.submit(form,
                UUID.randomUUID().toString()));
        staff.as("compliance2", () -> {
            reviews.take(submitted.reviewId());
            reviews.approve(submitted.reviewId(), "可以发布");
            reviews.publish(submitted.reviewId());
            return null;
        });
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> review.find(submitted.id()).status() == SubmissionStatus.PUBLISHED);
        return education.content(review.find(submitted.id()).contentId());
    }

    private Disclosure of(ClientsFixture staff, long client, String code) {
        return staff.as("advisor", () -> education.disclosures(client)).stream()
                .filter(d -> d.content().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aNewVersionOfADisclosureMustBeAcknowledgedAgain() {
        ClientsFixture staff = new ClientsFixture(context);
        long client = staff.openClient(sequence++);
        EducationContent first = cleared(staff, disclosure("RD-OPTIONS", "期权风险揭示书"));
        staff.as("advisor", () -> education.acknowledge(client, first.id()));
        staff.as("advisor", () -> education.acknowledge(client, first.id()));
        assertThat(of(staff, client, "RD-OPTIONS").acknowledgedAt()).isNotNull();

        EducationContent second = cleared(staff, disclosure("RD-OPTIONS", "期权风险揭示书（2027年版）"));

        assertThat(second.version()).isEqualTo(2);
        Disclosure current = of(staff, client, "RD-OPTIONS");
        assertThat(current.content().id()).isEqualTo(second.id());
        assertThat(current.acknowledgedAt()).isNull();
        assertThat(current.earlierVersion()).isTrue();
        assertThat(education.versions("RD-OPTIONS")).extracting(EducationContent::version).containsExactly(2, 1);
    }

    @Test
    void aCodeKeepsItsKindAndOnlyDisclosuresAreAcknowledged() {
        ClientsFixture staff = new ClientsFixture(context);
        long client = staff.openClient(sequence++);
        ContentForm article = disclosure("RD-FUNDS", "文章");
        article.setKind(ContentKind.ARTICLE);

        assertThatThrownBy(() -> staff.as("compliance", () -> review.submit(article, "kind-changed")))
                .isInstanceOfSatisfying(EducationRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.education.kindChanged"));
        long articleId = staff.as("compliance", () -> education.library(ContentKind.ARTICLE, PageRequest.of(0, 10)))
                .getContent().get(0).id();
        assertThatThrownBy(() -> staff.as("advisor", () -> {
            education.acknowledge(client, articleId);
            return null;
        })).isInstanceOf(EducationRefused.class);
    }

    @Test
    void anEventCountsItsBranchsClientsOnce() throws Exception {
        ClientsFixture staff = new ClientsFixture(context);
        long client = staff.openClient(sequence++);
        long event = staff.as("advisor", () -> education.holdEvent("基金定投入门", LocalDate.parse("2026-12-10")));

        staff.as("advisor", () -> education.attend(event, client));
        staff.as("advisor", () -> education.attend(event, client));

        assertThat(staff.as("advisor", () -> education.events(PageRequest.of(0, 10))).getContent())
                .filteredOn(e -> e.id() == event).singleElement().extracting(EducationEvent::attendees).isEqualTo(1L);
        assertThatThrownBy(() -> staff.as("advisor.bj", () -> {
            education.attend(event, client);
            return null;
        })).isInstanceOfAny(ContentNotFound.class, ClientNotFound.class);
        mvc.perform(get("/wealth/clients/" + client + "/disclosures").with(user(staff.login("advisor"))))
                .andExpect(status().isOk());
        mvc.perform(get("/wealth/education/events").with(user(staff.login("manager")))).andExpect(status().isOk());
        mvc.perform(get("/wealth/education").with(user(staff.login("analyst")))).andExpect(status().isOk());
    }
}
