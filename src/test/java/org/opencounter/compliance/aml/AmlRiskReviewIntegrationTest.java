package org.opencounter.compliance.aml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.AmlRatings;
import org.opencounter.clients.AmlRisk;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.market.TradingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's monitoring on the real database points some ratings up: the client reported for a large value is
 * suggested high, those with a case under way at least medium; a change sets the next review by the new level.
 */
@IntegrationTest
class AmlRiskReviewIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired AmlRiskReview review;
    @Autowired AmlRatings ratings;
    @Autowired TradingCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    @Test
    void theReportedClientIsSuggestedHighAndARaiseSetsTheNextReview() throws Exception {
        long reported = jdbc.sql("select client_id from compliance_case where status = 'REPORTED'")
                .query(Long.class).single();
        AmlRiskReview.Raise raise = review.raises().stream().filter(r -> r.client().clientId() == reported)
                .findFirst().orElseThrow();
        assertThat(raise.signals().reported()).isTrue();
        assertThat(raise.signals().suggested()).isEqualTo(AmlRisk.HIGH);
        assertThat(review.raises()).allMatch(r -> r.signals().raises());

        assertThatThrownBy(() -> staff().as("compliance", () -> review.rate(reported, AmlRisk.HIGH, " ")))
                .isInstanceOf(RatingRefused.class).hasMessage("compliance.rating.reasonRequired");
        staff().as("compliance", () -> review.rate(reported, AmlRisk.HIGH, "已报送大额交易报告，调高为高风险"));

        AmlRatings.Rated after = ratings.of(reported).orElseThrow();
        assertThat(after.risk()).isEqualTo(AmlRisk.HIGH);
        assertThat(after.nextReview()).isEqualTo(calendar.today().plusMonths(6));
        assertThat(review.raises()).noneMatch(r -> r.client().clientId() == reported);
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'clients.aml.rate'"
                + " and entity_id = ?").param(String.valueOf(reported)).query(Long.class).single()).isOne();

        String page = mvc.perform(get("/compliance/ratings").with(user(staff().login("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("high-" + reported).doesNotContain("raise-submit");
    }
}
