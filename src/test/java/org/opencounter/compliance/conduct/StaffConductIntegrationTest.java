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
 * The staff registry on the real database: identity and certificate checked as they are saved, training once per
 * form, the accounts staff or their relatives hold found by identity number, and the demo's registry in every state.
 */
@IntegrationTest
class StaffConductIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired StaffConduct conduct;
    @Autowired TradingCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private long staffId(String username) {
        return jdbc.sql("select id from platform_staff_user where username = ?").param(username).query(Long.class)
                .single();
    }

    @Test
    void aProfileNeedsAValidUnusedIdentityNumberAndACertificateWithItsExpiry() {
        long auditor = staffId("auditor");
        String taken = jdbc.sql("select id_number from compliance_staff_profile where staff_id = ?")
                .param(staffId("risk")).query(String.class).single();
        LocalDate expiry = LocalDate.parse("2028-06-30");
        assertThatThrownBy(() -> staff().as("compliance", () -> conduct.saveProfile(auditor, "12345", "S1", expiry)))
                .isInstanceOf(ConductRefused.class).hasMessage("compliance.staff.idNumberInvalid");
        assertThatThrownBy(() -> staff().as("compliance", () -> conduct.saveProfile(auditor, taken, "S1", expiry)))
                .isInstanceOf(ConductRefused.class).hasMessage("compliance.staff.idNumberTaken");
        assertThatThrownBy(() -> staff().as("compliance", () -> conduct.saveProfile(auditor, "110101198001010011",
                "S0010118110007", null))).isInstanceOf(ConductRefused.class)
                .hasMessage("compliance.staff.expiryRequired");
        staff().as("compliance", () -> conduct.saveProfile(auditor, "110101 19800101 0011", "S0010118110007", expiry));
        StaffRecord saved = conduct.find(auditor, calendar.today());
        assertThat(saved.idNumber()).isEqualTo("110101198001010011");
        assertThat(saved.certificateExpiry()).isEqualTo(expiry);
    }

    @Test
    void trainingIsRecordedOncePerFormAndAddsUpForTheYear() {
        long clerk = staffId("clerk");
        BigDecimal before = conduct.find(clerk, calendar.today()).trainingHours();
        String key = UUID.randomUUID().toString();
        LocalDate day = calendar.today().withDayOfMonth(1);
        staff().as("compliance", () -> conduct.recordTraining(clerk, "反洗钱新规解读", day, new BigDecimal("2.5"), key));
        staff().as("compliance", () -> conduct.recordTraining(clerk, "反洗钱新规解读", day, new BigDecimal("2.5"), key));
        assertThat(conduct.find(clerk, calendar.today()).trainingHours()).isEqualByComparingTo(before.add(
                new BigDecimal("2.5")));
        assertThatThrownBy(() -> staff().as("compliance", () -> conduct.recordTraining(clerk, "x", day,
                new BigDecimal("40.5"), UUID.randomUUID().toString()))).isInstanceOf(ConductRefused.class)
                .hasMessage("compliance.staff.hoursInvalid");
        assertThatThrownBy(() -> staff().as("compliance", () -> conduct.recordTraining(clerk, "x",
                calendar.today().plusDays(1), BigDecimal.ONE, UUID.randomUUID().toString())))
                .isInstanceOf(ConductRefused.class).hasMessage("compliance.staff.heldOnInvalid");
    }

    @Test
    void aRelativesAccountIsFoundAndOneTheStaffMemberServesIsABreach() {
        long client = staff().openClient(490);
        String idNumber = jdbc.sql("select id_number from clients_client where id = ?").param(client)
                .query(String.class).single();
        long advisor = staffId("advisor");
        staff().as("compliance", () -> conduct.declareRelative(advisor, "测试亲属", idNumber, Relation.SIBLING));
        assertThat(conduct.linkedAccounts(advisor)).filteredOn(account -> account.clientId() == client)
                .singleElement().satisfies(account -> {
                    assertThat(account.relation()).isEqualTo(Relation.SIBLING);
                    // the fixture's clients are served by advisor
                    assertThat(account.servedByStaff()).isTrue();
                    assertThat(account.breach()).isTrue();
                });
        long relative = conduct.relatives(advisor).stream().filter(r -> r.idNumber().equals(idNumber)).findFirst()
                .orElseThrow().id();
        staff().as("compliance", () -> conduct.removeRelative(advisor, relative));
        assertThat(conduct.linkedAccounts(advisor)).noneMatch(account -> account.clientId() == client);
    }

    @Test
    void theDemoRegistryShowsEveryKindOfFinding() throws Exception {
        var today = calendar.today();
        assertThat(conduct.page(StaffConduct.Show.CERTIFICATE_DUE, today, PageRequest.of(0, 50)).getContent())
                .extracting(StaffRecord::username).contains("advisor2", "advisor.sz", "wealth");
        assertThat(conduct.page(StaffConduct.Show.TRAINING_SHORT, today, PageRequest.of(0, 50)).getContent())
                .extracting(StaffRecord::username).contains("advisor.hz", "ops");
        assertThat(conduct.linkedAccounts(PageRequest.of(0, 50)).getContent()).anySatisfy(account -> {
            assertThat(account.relation()).isNull();
            assertThat(account.staffName()).isEqualTo("张柜员");
        }).anySatisfy(account -> assertThat(account.servedByStaff()).isTrue());

        var officer = user(staff().login("compliance"));
        String page = mvc.perform(get("/compliance/staff").param("show", "CERTIFICATE_DUE").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("陈客户经理").contains("已过期");
        mvc.perform(get("/compliance/staff/" + staffId("advisor")).with(officer)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'compliance.staff.view'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/compliance/staff/accounts").with(officer)).andExpect(status().isOk());
    }
}
