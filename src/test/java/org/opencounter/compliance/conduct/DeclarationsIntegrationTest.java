package org.opencounter.compliance.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.market.TradingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Declarations and attestations on the real database: a small gift is only recorded, a larger one waits for an
 * officer who is not its declarer; a form sent twice declares once; staff sign the year's attestation once.
 */
@IntegrationTest
class DeclarationsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Declarations declarations;
    @Autowired Attestations attestations;
    @Autowired TradingCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private void gift(String username, String value, String key) {
        staff().as(username, () -> {
            declarations.declareGift("RECEIVED", "客户", "CLIENT", "茶叶", new BigDecimal(value),
                    calendar.today().minusDays(1), key);
            return null;
        });
    }

    private long giftId(String key) {
        return jdbc.sql("select id from compliance_gift where request_key = ?").param(key).query(Long.class).single();
    }

    @Test
    void aGiftFromTheReviewLineWaitsForAnotherOfficer() {
        String small = UUID.randomUUID().toString();
        String large = UUID.randomUUID().toString();
        gift("advisor2", "199.99", small);
        gift("advisor2", "200.00", large);
        gift("advisor2", "200.00", large);
        assertThat(jdbc.sql("select status from compliance_gift where request_key = ?").param(small)
                .query(String.class).single()).isEqualTo("RECORDED");
        assertThat(jdbc.sql("select count(*) from compliance_gift where request_key = ?").param(large)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(staff().as("compliance", () -> declarations.pending(PageRequest.of(0, 100)).getContent()))
                .anyMatch(d -> d.id() == giftId(large) && d.kind().equals("GIFT"));

        assertThatThrownBy(() -> staff().as("compliance", () -> {
            declarations.decide("GIFT", giftId(large), true, " ");
            return null;
        })).isInstanceOf(ConductRefused.class).hasMessage("compliance.declaration.noteRequired");
        String own = UUID.randomUUID().toString();
        gift("compliance", "500.00", own);
        assertThatThrownBy(() -> staff().as("compliance", () -> {
            declarations.decide("GIFT", giftId(own), true, "ok");
            return null;
        })).isInstanceOf(ConductRefused.class).hasMessage("compliance.declaration.ownDeclaration");
        staff().as("compliance", () -> {
            declarations.decide("GIFT", giftId(large), true, "客户节日礼品，价值合理");
            return null;
        });
        assertThat(jdbc.sql("select status from compliance_gift where id = ?").param(giftId(large))
                .query(String.class).single()).isEqualTo("APPROVED");
        assertThatThrownBy(() -> staff().as("compliance2", () -> {
            declarations.decide("GIFT", giftId(large), false, "again");
            return null;
        })).isInstanceOf(ConductRefused.class).hasMessage("compliance.declaration.decided");
    }

    @Test
    void anActivityNeedsItsDaysInOrder() {
        assertThatThrownBy(() -> staff().as("clerk", () -> {
            declarations.declareActivity("某协会", "理事", false, LocalDate.parse("2026-05-01"),
                    LocalDate.parse("2026-04-30"), UUID.randomUUID().toString());
            return null;
        })).isInstanceOf(ConductRefused.class).hasMessage("compliance.activity.endBeforeStart");
        staff().as("clerk", () -> {
            declarations.declareActivity("某协会", "理事", false, LocalDate.parse("2026-05-01"), null,
                    UUID.randomUUID().toString());
            return null;
        });
        assertThat(staff().as("clerk", () -> declarations.mine())).anyMatch(d -> d.kind().equals("ACTIVITY")
                && d.pending());
    }

    @Test
    void staffSignTheYearsAttestationOnce() {
        Attestations.Round round = attestations.latest().orElseThrow();
        assertThat(round.year()).isEqualTo(calendar.today().getYear());
        long before = round.signed();
        staff().as("advisor2", () -> {
            attestations.sign(round.id());
            attestations.sign(round.id());
            return null;
        });
        assertThat(attestations.latest().orElseThrow().signed()).isEqualTo(before + 1);
        assertThat(attestations.unsigned(round.id(), PageRequest.of(0, 100)).getContent())
                .noneMatch(u -> u.displayName().equals("陈客户经理"));
        assertThatThrownBy(() -> staff().as("compliance", () -> attestations.open(round.year(), "x",
                LocalDate.parse("2026-12-31")))).isInstanceOf(ConductRefused.class)
                .hasMessage("compliance.attestation.yearOpened");
    }

    @Test
    void theHomePageAsksStaffForWhatIsOutstanding() throws Exception {
        String home = mvc.perform(get("/").with(user(staff().login("advisor.sz")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("待确认的制度变更", "年度执业承诺", "待签署").doesNotContain("待处理的制度任务");
        int year = attestations.latest().orElseThrow().year();
        assertThat(mvc.perform(get("/compliance/declarations").with(user(staff().login("advisor.sz"))))
                .andReturn().getResponse().getContentAsString()).as("a year reads without a thousands separator")
                .contains(year + " 年度执业承诺");
        String credit = mvc.perform(get("/").with(user(staff().login("credit")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(credit).as("the margin policy's review is overdue").contains("待处理的制度任务")
                .doesNotContain("待签署");
    }

    @Test
    void theDemoHasDeclarationsInEveryState() {
        assertThat(jdbc.sql("select distinct status from compliance_gift").query(String.class).list())
                .contains("RECORDED", "PENDING", "REJECTED");
        assertThat(jdbc.sql("select distinct status from compliance_outside_activity").query(String.class).list())
                .contains("PENDING", "APPROVED");
    }
}
