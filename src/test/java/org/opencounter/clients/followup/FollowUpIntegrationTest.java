package org.opencounter.clients.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.AccountRuleViolation;
import org.opencounter.clients.client.ClientAssignment;
import org.opencounter.clients.client.ClientNotFound;
import org.opencounter.clients.client.ClientRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Follow-ups and client reassignment on the real database. */
@IntegrationTest
class FollowUpIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FollowUpService followUps;

    @Autowired
    FollowUpRepository repository;

    @Autowired
    ClientAssignment assignment;

    @Autowired
    ClientRepository clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    ClientsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClientsFixture(context);
    }

    private FollowUpForm form(LocalDate due) {
        FollowUpForm form = new FollowUpForm();
        form.setDueDate(due);
        form.setChannel(FollowUpChannel.PHONE);
        form.setPurpose(FollowUpPurpose.PRODUCT);
        return form;
    }

    @Test
    void recordingAnOutcomeWithANextDateSchedulesTheNextFollowUp() {
        long client = fixture.openClient(301);
        long id = fixture.as("advisor", () -> followUps.schedule(client, form(LocalDate.now())));
        fixture.as("advisor", () -> followUps.complete(id, "客户对产品感兴趣", 5, LocalDate.now().plusDays(30)));
        FollowUp done = repository.findById(id).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.getSatisfaction()).isEqualTo(5);
        assertThat(done.getDoneBy()).isEqualTo("advisor");
        assertThat(repository.findByClientIdOrderByDueDateDescIdDesc(client, Pageable.ofSize(10)))
                .filteredOn(f -> f.getStatus() == FollowUpStatus.PLANNED)
                .singleElement().extracting(FollowUp::getDueDate).isEqualTo(LocalDate.now().plusDays(30));
    }

    @Test
    void satisfactionIsFromOneToFive() {
        long client = fixture.openClient(302);
        long id = fixture.as("advisor", () -> followUps.schedule(client, form(LocalDate.now())));
        for (int outOfRange : List.of(0, 6)) {
            assertThatThrownBy(() -> fixture.as("advisor", () -> followUps.complete(id, "ok", outOfRange, null)))
                    .isInstanceOfSatisfying(FollowUpRuleViolation.class, violation ->
                            assertThat(violation.messageKey()).isEqualTo("clients.followUp.satisfaction.range"));
        }
        fixture.as("advisor", () -> followUps.complete(id, "ok", 1, null));
        assertThatThrownBy(() -> fixture.as("advisor", () -> followUps.complete(id, "again", 3, null)))
                .isInstanceOfSatisfying(FollowUpRuleViolation.class, violation ->
                        assertThat(violation.messageKey()).isEqualTo("clients.followUp.notPlanned"));
    }

    @Test
    void aFollowUpCannotBeDueYesterdayAndNeedsAnOutcome() {
        long client = fixture.openClient(303);
        assertThatThrownBy(() -> fixture.as("advisor", () -> followUps.schedule(client, form(LocalDate.now().minusDays(1)))))
                .isInstanceOf(FollowUpRuleViolation.class);
        long id = fixture.as("advisor", () -> followUps.schedule(client, form(LocalDate.now())));
        assertThatThrownBy(() -> fixture.as("advisor", () -> followUps.complete(id, " ", 4, null)))
                .isInstanceOfSatisfying(FollowUpRuleViolation.class, violation ->
                        assertThat(violation.messageKey()).isEqualTo("clients.followUp.outcome.required"));
    }

    @Test
    void theAccountManagersHomePageListsTheirOverdueFollowUps() throws Exception {
        var advisor = fixture.login("advisor");
        var overdue = fixture.as("advisor", () -> followUps.overdue(advisor, true, Pageable.ofSize(100)));
        assertThat(overdue.getContent()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.getOwnerId()).isEqualTo(advisor.id());
            assertThat(f.getDueDate()).isBefore(LocalDate.now());
        });
        String home = mvc.perform(get("/").with(user(advisor))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("overdue-follow-ups", "逾期回访");
    }

    @Test
    void aBranchManagerReassignsSeveralClientsAtOnceEachAudited() {
        long one = fixture.openClient(304);
        long two = fixture.openClient(305);
        long advisor2 = fixture.login("advisor2").id();
        int changed = fixture.as("manager", () -> assignment.reassign(List.of(one, two), advisor2));
        assertThat(changed).isEqualTo(2);
        assertThat(clients.findAllById(List.of(one, two))).allSatisfy(c -> assertThat(c.getOwnerId()).isEqualTo(advisor2));
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'clients.client.reassign' "
                + "and entity_id in (?, ?)").params(String.valueOf(one), String.valueOf(two)).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void reassigningToAnotherBranchsManagerChangesNothing() {
        long one = fixture.openClient(306);
        long owner = clients.findById(one).orElseThrow().getOwnerId();
        assertThatThrownBy(() -> fixture.as("manager", () -> assignment.reassign(List.of(one),
                fixture.login("advisor.bj").id()))).isInstanceOf(AccountRuleViolation.class);
        assertThat(clients.findById(one).orElseThrow().getOwnerId()).isEqualTo(owner);
    }

    @Test
    void aBranchManagerCannotReassignAnotherBranchsClient() {
        long one = fixture.openClient(307);
        assertThatThrownBy(() -> fixture.as("manager.bj", () -> assignment.reassign(List.of(one),
                fixture.login("advisor.bj").id()))).isInstanceOf(ClientNotFound.class);
    }
}
