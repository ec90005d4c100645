package org.opencounter.wealth.complaint;

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
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A complaint's life on the real database, taken in on Monday 30 November 2026. */
@IntegrationTest
class ComplaintsIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Complaints complaints;
    @Autowired ComplaintStatistics statistics;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture fixture;
    private static int sequence = 490;

    @BeforeEach
    void onMonday() {
        fixture = new ClientsFixture(context);
        TestClock.INSTANCE.setShanghai("2026-11-30T10:00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private Complaint take(long client, ComplaintSeverity severity) {
        ComplaintForm form = new ComplaintForm();
        form.setClientId(client);
        form.setChannel(ComplaintChannel.PHONE);
        form.setCategory(ComplaintCategory.FEES);
        form.setSeverity(severity);
        form.setDescription("佣金高于约定费率");
        return fixture.as("clerk", () -> complaints.receive(form));
    }

    private Complaint reread(long id) {
        return fixture.as("clerk", () -> complaints.visible(id));
    }

    private long escalations(long id) {
        return jdbc.sql("select count(*) from wealth_complaint_event where complaint_id = ? and kind = 'ESCALATED'")
                .param(id).query(Long.class).single();
    }

    @Test
    void aComplaintIsTakenOnceWithItsDeadlines() {
        long client = fixture.openClient(sequence++);
        ComplaintForm form = new ComplaintForm();
        form.setClientId(client);
        form.setChannel(ComplaintChannel.COUNTER);
        form.setCategory(ComplaintCategory.SERVICE);
        form.setDescription("排队时间过长");

        Complaint first = fixture.as("clerk", () -> complaints.receive(form));
        Complaint again = fixture.as("clerk", () -> complaints.receive(form));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.reference()).startsWith("TS20261130");
        assertThat(first.acknowledgeBy()).isEqualTo("2026-12-01");
        assertThat(first.answerBy()).isEqualTo("2026-12-15");
        assertThat(first.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(first.escalatedAt()).isNull();
    }

    @Test
    void handledStepByStepToTheCallback() {
        long client = fixture.openClient(sequence++);
        long id = take(client, ComplaintSeverity.MEDIUM).id();

        assertThatThrownBy(() -> fixture.as("clerk", () -> complaints.close(id, "费率录入错误", "已退还差额", null)))
                .isInstanceOfSatisfying(ComplaintRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("wealth.complaint.acknowledgeFirst"));
        fixture.as("clerk", () -> complaints.acknowledge(id));
        fixture.as("clerk", () -> complaints.assign(id, "advisor"));
        fixture.as("advisor", () -> complaints.note(id, "已核对成交记录"));
        fixture.as("advisor", () -> complaints.extend(id, "需向总部核实费率审批"));
        assertThat(reread(id).answerBy()).isEqualTo("2026-12-30");
        assertThatThrownBy(() -> fixture.as("advisor", () -> complaints.extend(id, "again")))
                .isInstanceOf(ComplaintRefused.class);

        TestClock.INSTANCE.setShanghai("2026-12-10T10:00");
        fixture.as("advisor", () -> complaints.close(id, "费率录入错误", "已按约定费率重算并退还差额",
                new BigDecimal("120.50")));
        Complaint closed = reread(id);
        assertThat(closed.closedOn()).isEqualTo("2026-12-10");
        assertThat(closed.callbackBy()).isEqualTo("2026-12-17");
        assertThat(closed.daysToClose()).isEqualTo(10);

        fixture.as("advisor", () -> complaints.callback(id, Satisfaction.SATISFIED, "客户认可"));
        assertThat(reread(id).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(fixture.as("clerk", () -> complaints.history(id))).extracting(ComplaintEvent::kind)
                .containsExactly("RECEIVED", "ACKNOWLEDGED", "ASSIGNED", "NOTE", "EXTENDED", "CLOSED", "CALLBACK");
    }

    @Test
    void aReopenedComplaintIsDueFifteenDaysFromReopening() {
        long client = fixture.openClient(sequence++);
        long id = take(client, ComplaintSeverity.LOW).id();
        fixture.as("clerk", () -> complaints.acknowledge(id));
        fixture.as("clerk", () -> complaints.close(id, "误解", "已解释", null));
        TestClock.INSTANCE.setShanghai("2026-12-20T10:00");

        fixture.as("manager", () -> complaints.reopen(id, "客户不接受解释"));

        Complaint reopened = reread(id);
        assertThat(reopened.status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
        assertThat(reopened.answerBy()).isEqualTo("2027-01-04");
        assertThat(reopened.reopenedCount()).isEqualTo(1);
        assertThat(reopened.callbackBy()).isNull();
    }

    @Test
    void aCriticalComplaintGoesUpAtOnceAndAnOverdueOneTheMorningAfterItsDeadline() {
        long client = fixture.openClient(sequence++);
        long critical = take(client, ComplaintSeverity.CRITICAL).id();
        long ordinary = take(client, ComplaintSeverity.MEDIUM).id();
        assertThat(reread(critical).escalatedAt()).isNotNull();
        assertThat(escalations(critical)).isEqualTo(1);

        TestClock.INSTANCE.setShanghai("2026-12-01T23:00");
        complaints.escalateOverdue();
        assertThat(reread(ordinary).escalatedAt()).as("on its deadline day it is not late yet").isNull();

        TestClock.INSTANCE.setShanghai("2026-12-02T00:05");
        complaints.escalateOverdue();
        complaints.escalateOverdue();
        Complaint late = reread(ordinary);
        assertThat(late.escalatedAt()).isNotNull();
        assertThat(late.acknowledgeOverdue(LocalDate.parse("2026-12-02"))).isTrue();
        assertThat(escalations(ordinary)).as("escalated once").isEqualTo(1);
        assertThat(escalations(critical)).isEqualTo(1);
        assertThat(fixture.as("manager", () -> complaints.page(new Complaints.Filter(null, null, true, client),
                PageRequest.of(0, 10))).map(Complaint::id).getContent()).contains(ordinary);
    }

    @Test
    void anotherBranchNeitherSeesNorHandlesIt() throws Exception {
        long client = fixture.openClient(sequence++);
        long id = take(client, ComplaintSeverity.LOW).id();

        assertThatThrownBy(() -> fixture.as("advisor.bj", () -> complaints.visible(id)))
                .isInstanceOf(ClientNotFound.class);
        assertThat(fixture.as("advisor.bj", () -> complaints.page(new Complaints.Filter(null, null, null, null),
                PageRequest.of(0, 100))).map(Complaint::id).getContent()).doesNotContain(id);
        mvc.perform(get("/wealth/complaints/" + id).with(user(fixture.login("advisor.bj"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theIntakeFormShowsAMissingDescriptionNextToIt() throws Exception {
        long client = fixture.openClient(sequence++);

        String page = mvc.perform(post("/wealth/complaints/new").with(csrf()).with(user(fixture.login("clerk")))
                        .param("clientId", String.valueOf(client)).param("channel", "PHONE")
                        .param("category", "SERVICE").param("severity", "LOW").param("description", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"description-error\"", "此项为必填项");
    }

    @Test
    void theDetailAndStatisticsPagesOpen() throws Exception {
        long client = fixture.openClient(sequence++);
        long id = take(client, ComplaintSeverity.HIGH).id();

        String detail = mvc.perform(get("/wealth/complaints/" + id).with(user(fixture.login("manager"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("佣金高于约定费率", "2026-12-15");
        ComplaintStatistics.Summary summary = fixture.as("manager", () -> statistics.summary());
        assertThat(summary.received()).isPositive();
        assertThat(summary.byCategory()).extracting(ComplaintStatistics.Count::label).contains("FEES");
        mvc.perform(get("/wealth/complaints/statistics").with(user(fixture.login("compliance"))))
                .andExpect(status().isOk());
    }
}
