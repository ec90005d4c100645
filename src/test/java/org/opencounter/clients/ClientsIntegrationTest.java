package org.opencounter.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.clients.client.KycStatus;
import org.opencounter.clients.client.SecuritiesAccountRepository;
import org.opencounter.clients.onboarding.OnboardingForm;
import org.opencounter.clients.onboarding.OnboardingRefused;
import org.opencounter.platform.approval.ApprovalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Onboarding through approval to open accounts, duplicates, and branch scoping, on the real database. */
@IntegrationTest
class ClientsIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ClientRepository clients;

    @Autowired
    FundAccountRepository fundAccounts;

    @Autowired
    SecuritiesAccountRepository securitiesAccounts;

    @Autowired
    ApprovalService approvals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.opencounter.clients.ledger.LedgerCheck ledgerCheck;

    ClientsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClientsFixture(context);
    }

    @Test
    void anOpeningWaitsForTheBranchManagerAndThenOpensTheAccounts() {
        long id = fixture.submit("clerk", fixture.individual(1));
        Client pending = clients.findById(id).orElseThrow();
        assertThat(pending.getStatus()).isEqualTo(ClientStatus.PENDING);
        assertThat(pending.getKycStatus()).isEqualTo(KycStatus.PENDING_REVIEW);
        assertThat(fundAccounts.findByClientId(id)).isEmpty();
        assertThat(fixture.as("manager", () -> approvals.inbox(fixture.login("manager"), Pageable.ofSize(50))
                .stream().map(request -> request.link()).toList())).contains("/clients/" + id);

        fixture.as("manager", () -> approvals.approve(fixture.approvalFor(id), "材料齐全"));

        Client opened = clients.findById(id).orElseThrow();
        assertThat(opened.getStatus()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(opened.getKycStatus()).isEqualTo(KycStatus.APPROVED);
        assertThat(opened.getOpenedAt()).isNotNull();
        FundAccount account = fundAccounts.findByClientId(id).orElseThrow();
        assertThat(account.getAccountNumber()).matches("[0-9]{12}")
                .startsWith(String.format("%04d", opened.getBranchId()));
        assertThat(securitiesAccounts.findByClientIdOrderByExchangeAsc(id))
                .extracting(a -> a.getExchange() + ":" + a.getAccountNumber())
                .satisfiesExactly(sse -> assertThat(sse).matches("SSE:A[0-9]{9}"),
                        szse -> assertThat(szse).matches("SZSE:0[0-9]{9}"));
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'clients.account.open' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theClerkWhoSubmittedCannotApproveAndNeitherCanAManagerOfAnotherBranch() {
        long id = fixture.submit("manager", fixture.individual(2));
        long request = fixture.approvalFor(id);
        assertThatThrownBy(() -> fixture.as("manager", () -> approvals.approve(request, "")))
                .hasMessageContaining("platform.approval.ownRequest");
        assertThatThrownBy(() -> fixture.as("manager.bj", () -> approvals.approve(request, "")))
                .hasMessageContaining("platform.approval.otherBranch");
        assertThat(approvals.inbox(fixture.login("manager.bj"), Pageable.ofSize(100)).stream()
                .map(r -> r.id())).doesNotContain(request);
        assertThat(clients.findById(id).orElseThrow().getStatus()).isEqualTo(ClientStatus.PENDING);
    }

    @Test
    void aRejectedOpeningStaysOnRecordAndTheIdentityMayApplyAgain() {
        OnboardingForm form = fixture.individual(3);
        long first = fixture.submit("clerk", form);
        fixture.as("manager", () -> approvals.reject(fixture.approvalFor(first), "证件照片不清晰"));
        assertThat(clients.findById(first).orElseThrow().getStatus()).isEqualTo(ClientStatus.REJECTED);

        OnboardingForm again = fixture.individual(3);
        long second = fixture.submit("clerk", again);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aSecondClientWithTheSameIdentityIsRefusedAndPointsToTheFirst() {
        long first = fixture.openClient(4);
        OnboardingForm duplicate = fixture.individual(4);
        assertThatThrownBy(() -> fixture.submit("advisor", duplicate))
                .isInstanceOfSatisfying(OnboardingRefused.class, refused -> {
                    assertThat(refused.problems()).extracting(p -> p.field() + ":" + p.messageKey())
                            .containsExactly("idNumber:clients.onboarding.duplicate");
                    assertThat(refused.existingClientId()).isEqualTo(first);
                });
    }

    @Test
    void aDuplicateInAnotherBranchIsRefusedWithoutRevealingTheClient() {
        fixture.openClient(5);
        OnboardingForm duplicate = fixture.individual(5);
        duplicate.setOwnerId(fixture.login("advisor.bj").id());
        assertThatThrownBy(() -> fixture.submit("advisor.bj", duplicate))
                .isInstanceOfSatisfying(OnboardingRefused.class,
                        refused -> assertThat(refused.existingClientId()).isNull());
    }

    @Test
    void submittingTheSameFormTwiceCreatesOneClient() {
        OnboardingForm form = fixture.individual(6);
        long first = fixture.submit("clerk", form);
        long second = fixture.submit("clerk", form);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from platform_approval_request where (payload ->> 'clientId')::bigint = ?")
                .param(first).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOwnerMustBeAnAccountManagerOfTheBranch() {
        OnboardingForm form = fixture.individual(7);
        form.setOwnerId(fixture.login("advisor.bj").id());
        assertThatThrownBy(() -> fixture.submit("clerk", form))
                .isInstanceOfSatisfying(OnboardingRefused.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field()).containsExactly("ownerId"));
    }

    @Test
    void anotherBranchsClientAnswersNotFoundAndTheAttemptIsAudited() throws Exception {
        long id = fixture.openClient(8);
        mvc.perform(get("/clients/" + id).with(user(fixture.login("advisor.bj")))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select count(*) from platform_audit_event where action = 'clients.client.other-branch'
                        and entity_id = ? and outcome = 'DENIED' and username = 'advisor.bj'""")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/clients/" + id).with(user(fixture.login("advisor")))).andExpect(status().isOk());
        mvc.perform(get("/clients/" + id).with(user(fixture.login("compliance")))).andExpect(status().isOk());
    }

    @Test
    void anInstitutionsPageListsItsBeneficialOwners() throws Exception {
        var owner = jdbc.sql("""
                        select c.id, o.name from clients_client c join clients_beneficial_owner o on o.client_id = c.id
                        join platform_branch b on b.id = c.branch_id where b.code = 'SH01' order by c.id limit 1""")
                .query((row, n) -> java.util.Map.entry(row.getLong(1), row.getString(2))).single();
        mvc.perform(get("/clients/" + owner.getKey()).with(user(fixture.login("advisor")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(owner.getValue())));
    }

    @Test
    void searchListsOnlyTheBranchsClientsForBranchStaff() throws Exception {
        long id = fixture.openClient(9);
        String idNumber = clients.findById(id).orElseThrow().getIdNumber();
        mvc.perform(get("/clients").param("q", idNumber).with(user(fixture.login("advisor"))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("/clients/" + id)));
        mvc.perform(get("/clients").param("q", idNumber).with(user(fixture.login("advisor.bj"))))
                .andExpect(status().isOk()).andExpect(content().string(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/clients/" + id + "\""))));
    }

    @Test
    void pagesShowMaskedNumbersAndRevealingIsAudited() throws Exception {
        long id = fixture.openClient(10);
        Client client = clients.findById(id).orElseThrow();
        String page = mvc.perform(get("/clients/" + id).with(user(fixture.login("advisor"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(client.getIdNumber()).doesNotContain(client.getMobile())
                .contains(client.getIdNumber().substring(0, 3) + "***********" + client.getIdNumber().substring(14));
        mvc.perform(post("/clients/" + id + "/reveal").param("field", "ID_NUMBER").with(csrf())
                        .with(user(fixture.login("advisor"))))
                .andExpect(status().isOk()).andExpect(content().string(client.getIdNumber()));
        assertThat(jdbc.sql("""
                        select count(*) from platform_audit_event where action = 'clients.client.reveal-id-number'
                        and entity_id = ? and username = 'advisor'""")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action = 'clients.client.view' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void listFiltersKeepTheirChoiceAfterSearching() throws Exception {
        String page = mvc.perform(get("/clients").param("status", "PENDING").param("owner",
                        String.valueOf(fixture.login("advisor").id())).with(user(fixture.login("manager"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<option value=\"PENDING\" selected=\"selected\">")
                .containsPattern("<option value=\"" + fixture.login("advisor").id() + "\" selected=\"selected\">");
        String prospects = mvc.perform(get("/clients/prospects").param("stage", "LOST")
                        .with(user(fixture.login("advisor")))).andReturn().getResponse().getContentAsString();
        assertThat(prospects).containsPattern("<option value=\"LOST\" selected=\"selected\">");
    }

    @Test
    void theAuditTrailKeepsOnlyTheMaskedIdNumber() {
        long id = fixture.openClient(11);
        String idNumber = clients.findById(id).orElseThrow().getIdNumber();
        assertThat(jdbc.sql("select count(*) from platform_audit_event where after_state::text like ?")
                .param("%" + idNumber + "%").query(Long.class).single()).isZero();
    }

    @Test
    void demoDataOpensAboutThreeHundredValidClients() {
        assertThat(clients.count()).isBetween(290L, 320L);
        assertThat(jdbc.sql("select count(distinct branch_id) from clients_client").query(Long.class).single())
                .isEqualTo(4);
        clients.findAll().forEach(client -> {
            if (client.getIdType() == org.opencounter.clients.client.IdType.RESIDENT_ID) {
                assertThat(org.opencounter.clients.kyc.ResidentIdNumber.problem(client.getIdNumber())).isEmpty();
            } else {
                assertThat(org.opencounter.clients.kyc.CreditCode.problem(client.getIdNumber())).isEmpty();
            }
        });
        assertThat(jdbc.sql("select count(distinct stage) from clients_prospect").query(Long.class).single())
                .isEqualTo(5);
    }

    @Test
    void theDemoLedgerBalances() {
        assertThat(ledgerCheck.run().breaks()).isEmpty();
        assertThat(jdbc.sql("select count(*) from clients_journal_entry").query(Long.class).single())
                .isGreaterThan(300);
    }

    @Test
    void aProfessionalClassificationNeedsTheFigures() {
        OnboardingForm form = fixture.individual(12);
        form.setInvestorClass(org.opencounter.clients.client.InvestorClass.PROFESSIONAL);
        form.setProfessionalCategory(org.opencounter.clients.kyc.ProfessionalCategory.QUALIFIED_INDIVIDUAL);
        form.setProfessionalEvidence("资产证明");
        form.setFinancialAssets(new BigDecimal("4999999.99"));
        assertThatThrownBy(() -> fixture.submit("clerk", form)).isInstanceOf(OnboardingRefused.class);
        form.setFinancialAssets(new BigDecimal("5000000.00"));
        long id = fixture.submit("clerk", form);
        assertThat(clients.findById(id).orElseThrow().getInvestorClass())
                .isEqualTo(org.opencounter.clients.client.InvestorClass.PROFESSIONAL);
    }
}
