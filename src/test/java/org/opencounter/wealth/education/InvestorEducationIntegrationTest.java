package org.opencounter.wealth.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** The library's versions, clients' acknowledgements of the current risk disclosures, and education events. */
@IntegrationTest
class InvestorEducationIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired InvestorEducation education;
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

    private Disclosure of(ClientsFixture staff, long client, String code) {
        return staff.as("advisor", () -> education.disclosures(client)).stream()
                .filter(d -> d.content().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aNewVersionOfADisclosureMustBeAcknowledgedAgain() {
        ClientsFixture staff = new ClientsFixture(context);
        long client = staff.openClient(sequence++);
        EducationContent first = staff.as("compliance", () -> education.publish(disclosure("RD-OPTIONS", "期权风险揭示书")));
        staff.as("advisor", () -> education.acknowledge(client, first.id()));
        staff.as("advisor", () -> education.acknowledge(client, first.id()));
        assertThat(of(staff, client, "RD-OPTIONS").acknowledgedAt()).isNotNull();

        EducationContent second = staff.as("compliance", () -> education.publish(disclosure("RD-OPTIONS",
                "期权风险揭示书（2027年版）")));

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

        assertThatThrownBy(() -> staff.as("compliance", () -> education.publish(article)))
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
