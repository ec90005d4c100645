package org.opencounter.platform;

import org.opencounter.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencounter.platform.staff.StaffForm;
import org.opencounter.platform.staff.StaffService;
import org.opencounter.platform.staff.StaffUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped URL × every role, against the expected outcome. A new endpoint that is missing from {@link #RULES}
 * fails {@link #everyMappedEndpointHasARule()}, so no page can ship without a deliberate access rule.
 */
@IntegrationTest
class AccessMatrixTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> AUDIT_READERS = EnumSet.of(Role.AUDITOR, Role.COMPLIANCE_OFFICER);
    private static final Set<Role> CLIENT_READERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK, Role.WEALTH_ADVISER, Role.CREDIT_OFFICER, Role.RISK_OFFICER, Role.COMPLIANCE_OFFICER,
            Role.AUDITOR);
    private static final Set<Role> ONBOARDERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK);
    private static final Set<Role> LEDGER_CHECKERS = EnumSet.of(Role.AUDITOR, Role.COMPLIANCE_OFFICER,
            Role.RISK_OFFICER);
    private static final Set<Role> FOLLOWERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.WEALTH_ADVISER);
    private static final Set<Role> CASHIERS = EnumSet.of(Role.BRANCH_MANAGER, Role.COUNTER_CLERK);
    private static final Set<Role> PROSPECTORS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.WEALTH_ADVISER);
    /** Pages anyone may open, signed in or not. */
    private static final Set<Role> TRADERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK);
    private static final Set<Role> ORDER_READERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK, Role.RISK_OFFICER, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
    private static final Set<Role> SETTLERS = EnumSet.of(Role.OPERATIONS);
    private static final Set<Role> CREDIT_OFFICERS = EnumSet.of(Role.CREDIT_OFFICER);
    private static final Set<Role> MARGIN_READERS = EnumSet.of(Role.CREDIT_OFFICER, Role.RISK_OFFICER,
            Role.COMPLIANCE_OFFICER, Role.AUDITOR, Role.BRANCH_MANAGER);
    private static final Set<Role> COMMISSION_SETTERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER);
    private static final Set<Role> SETTLEMENT_READERS = EnumSet.of(Role.OPERATIONS, Role.RISK_OFFICER,
            Role.COMPLIANCE_OFFICER, Role.AUDITOR);
    private static final Set<Role> WEALTH_ADVISERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK, Role.WEALTH_ADVISER);
    private static final Set<Role> WEALTH_READERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK, Role.WEALTH_ADVISER, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
    private static final Set<Role> COMPLAINT_HANDLERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK, Role.WEALTH_ADVISER, Role.COMPLIANCE_OFFICER);
    /** Compliance keeps the product catalogue and the questionnaire's versions. */
    private static final Set<Role> CATALOGUE_KEEPERS = EnumSet.of(Role.COMPLIANCE_OFFICER);
    private static final Set<Role> COMPLIANCE_OFFICERS = EnumSet.of(Role.COMPLIANCE_OFFICER);
    private static final Set<Role> COMPLIANCE_READERS = EnumSet.of(Role.COMPLIANCE_OFFICER, Role.AUDITOR);
    private static final Set<Role> DISCLOSURE_AUTHORS = EnumSet.of(Role.RESEARCH_ANALYST, Role.WEALTH_ADVISER,
            Role.BRANCH_MANAGER, Role.COMPLIANCE_OFFICER);
    private static final Set<Role> DISCLOSURE_READERS = EnumSet.of(Role.RESEARCH_ANALYST, Role.WEALTH_ADVISER,
            Role.BRANCH_MANAGER, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
    private static final Set<Role> PUBLIC = null;

    /** method, URL (with {id} standing for a real record), the roles that may use it. */
    record Rule(String method, String url, Set<Role> allowed) {
        String key() {
            return method + " " + url;
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("GET", "/login", PUBLIC),
            new Rule("GET", "/", EVERY_ROLE),
            new Rule("GET", "/approvals", EVERY_ROLE),
            new Rule("POST", "/approvals/{id}/approve", EVERY_ROLE),
            new Rule("POST", "/approvals/{id}/reject", EVERY_ROLE),
            new Rule("GET", "/password/change", EVERY_ROLE),
            new Rule("POST", "/password/change", EVERY_ROLE),
            new Rule("GET", "/admin/staff", ADMIN),
            new Rule("GET", "/admin/staff/new", ADMIN),
            new Rule("POST", "/admin/staff/new", ADMIN),
            new Rule("GET", "/admin/staff/{id}", ADMIN),
            new Rule("POST", "/admin/staff/{id}", ADMIN),
            new Rule("POST", "/admin/staff/{id}/disable", ADMIN),
            new Rule("POST", "/admin/staff/{id}/enable", ADMIN),
            new Rule("POST", "/admin/staff/{id}/unlock", ADMIN),
            new Rule("POST", "/admin/staff/{id}/reset-password", ADMIN),
            new Rule("GET", "/admin/branches", ADMIN),
            new Rule("GET", "/admin/branches/new", ADMIN),
            new Rule("POST", "/admin/branches/new", ADMIN),
            new Rule("GET", "/admin/branches/{id}", ADMIN),
            new Rule("POST", "/admin/branches/{id}", ADMIN),
            new Rule("GET", "/audit", AUDIT_READERS),
            new Rule("GET", "/audit/export.csv", AUDIT_READERS),
            new Rule("GET", "/market/securities", EVERY_ROLE),
            new Rule("GET", "/market/securities/{code}", EVERY_ROLE),
            new Rule("GET", "/market/securities/{code}/bars.json", EVERY_ROLE),
            new Rule("GET", "/market/securities/new", ADMIN),
            new Rule("POST", "/market/securities/new", ADMIN),
            new Rule("GET", "/market/securities/{code}/edit", ADMIN),
            new Rule("POST", "/market/securities/{code}/edit", ADMIN),
            new Rule("GET", "/market/calendar", EVERY_ROLE),
            new Rule("POST", "/market/calendar/{day}", ADMIN),
            new Rule("GET", "/market/prices/import", ADMIN),
            new Rule("POST", "/market/prices/import", ADMIN),
            new Rule("GET", "/clients", CLIENT_READERS),
            new Rule("GET", "/clients/{id}", CLIENT_READERS),
            new Rule("POST", "/clients/{id}/reveal", CLIENT_READERS),
            new Rule("GET", "/clients/new", ONBOARDERS),
            new Rule("GET", "/clients/import", ONBOARDERS),
            new Rule("GET", "/clients/import/template.csv", ONBOARDERS),
            new Rule("POST", "/clients/import", ONBOARDERS),
            new Rule("GET", "/clients/export.xlsx", CLIENT_READERS),
            new Rule("POST", "/clients/new", ONBOARDERS),
            new Rule("GET", "/clients/{id}/transfer", CASHIERS),
            new Rule("POST", "/clients/{id}/transfer", CASHIERS),
            new Rule("POST", "/clients/{id}/transfer/reversal", CASHIERS),
            new Rule("GET", "/clients/{id}/permissions", CLIENT_READERS),
            new Rule("GET", "/clients/{id}/details", CLIENT_READERS),
            new Rule("POST", "/clients/{id}/details", ONBOARDERS),
            new Rule("POST", "/clients/{id}/permissions/{board}", ONBOARDERS),
            new Rule("POST", "/clients/{id}/permissions/{board}/revoke", ONBOARDERS),
            new Rule("GET", "/orders/commission/{id}", ORDER_READERS),
            new Rule("POST", "/orders/commission/{id}", COMMISSION_SETTERS),
            new Rule("GET", "/clients/prospects", PROSPECTORS),
            new Rule("GET", "/clients/prospects/new", PROSPECTORS),
            new Rule("POST", "/clients/prospects/new", PROSPECTORS),
            new Rule("GET", "/clients/prospects/{id}", PROSPECTORS),
            new Rule("POST", "/clients/prospects/{id}", PROSPECTORS),
            new Rule("POST", "/clients/prospects/{id}/stage", PROSPECTORS),
            new Rule("POST", "/clients/prospects/{id}/reassign", EnumSet.of(Role.BRANCH_MANAGER)),
            new Rule("POST", "/clients/{id}/freeze", EnumSet.of(Role.BRANCH_MANAGER, Role.COMPLIANCE_OFFICER,
                    Role.RISK_OFFICER)),
            new Rule("POST", "/clients/{id}/unfreeze", EnumSet.of(Role.BRANCH_MANAGER, Role.COMPLIANCE_OFFICER,
                    Role.RISK_OFFICER)),
            new Rule("POST", "/clients/{id}/close", EnumSet.of(Role.BRANCH_MANAGER)),
            new Rule("POST", "/clients/reassign", EnumSet.of(Role.BRANCH_MANAGER)),
            new Rule("GET", "/clients/follow-ups", FOLLOWERS),
            new Rule("POST", "/clients/{id}/follow-ups", FOLLOWERS),
            new Rule("POST", "/clients/follow-ups/{id}/complete", FOLLOWERS),
            new Rule("POST", "/clients/follow-ups/{id}/cancel", FOLLOWERS),
            new Rule("GET", "/clients/messages", FOLLOWERS),
            new Rule("GET", "/clients/messages/new", FOLLOWERS),
            new Rule("POST", "/clients/messages/new", FOLLOWERS),
            new Rule("GET", "/clients/messages/{id}", FOLLOWERS),
            new Rule("GET", "/clients/ledger-check", LEDGER_CHECKERS),
            new Rule("POST", "/clients/ledger-check", LEDGER_CHECKERS),
            new Rule("GET", "/orders/new", TRADERS),
            new Rule("GET", "/orders/new/preview", TRADERS),
            new Rule("GET", "/orders/new/securities", TRADERS),
            new Rule("POST", "/orders", TRADERS),
            new Rule("GET", "/orders", ORDER_READERS),
            new Rule("GET", "/orders/rows", ORDER_READERS),
            new Rule("GET", "/orders/trades", ORDER_READERS),
            new Rule("GET", "/orders/statements", ORDER_READERS),
            new Rule("GET", "/orders/statements/daily", ORDER_READERS),
            new Rule("GET", "/orders/statements/monthly", ORDER_READERS),
            new Rule("GET", "/orders/{id}", ORDER_READERS),
            new Rule("POST", "/orders/{id}/cancel", TRADERS),
            new Rule("GET", "/orders/settlement", SETTLEMENT_READERS),
            new Rule("POST", "/orders/settlement", SETTLERS),
            new Rule("GET", "/orders/settlement/{day}", SETTLEMENT_READERS),
            new Rule("GET", "/orders/settlement/{day}/progress", SETTLEMENT_READERS),
            new Rule("GET", "/orders/reconciliation", SETTLEMENT_READERS),
            new Rule("GET", "/wealth/products", EVERY_ROLE),
            new Rule("GET", "/wealth/products/{id}", EVERY_ROLE),
            new Rule("GET", "/wealth/products/new", CATALOGUE_KEEPERS),
            new Rule("POST", "/wealth/products/new", CATALOGUE_KEEPERS),
            new Rule("GET", "/wealth/products/{id}/edit", CATALOGUE_KEEPERS),
            new Rule("POST", "/wealth/products/{id}/edit", CATALOGUE_KEEPERS),
            new Rule("POST", "/wealth/products/{id}/documents", CATALOGUE_KEEPERS),
            new Rule("GET", "/wealth/products/{id}/documents/{documentId}", EVERY_ROLE),
            new Rule("POST", "/wealth/products/{id}/documents/{documentId}/withdraw", CATALOGUE_KEEPERS),
            new Rule("GET", "/wealth/clients/{id}/assessment", WEALTH_READERS),
            new Rule("POST", "/wealth/clients/{id}/assessment", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/clients/{id}/assessment/{assessmentId}", WEALTH_READERS),
            new Rule("GET", "/wealth/clients/{id}/suitability", WEALTH_READERS),
            new Rule("POST", "/wealth/clients/{id}/suitability", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/verdicts/{verdictId}", WEALTH_READERS),
            new Rule("POST", "/wealth/verdicts/{verdictId}/confirm", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/clients/{id}/needs", WEALTH_READERS),
            new Rule("POST", "/wealth/clients/{id}/needs", WEALTH_ADVISERS),
            new Rule("POST", "/wealth/clients/{id}/goals", WEALTH_ADVISERS),
            new Rule("POST", "/wealth/clients/{id}/goals/{goalId}/close", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/clients/{id}/plan", WEALTH_READERS),
            new Rule("POST", "/wealth/clients/{id}/plan", WEALTH_ADVISERS),
            new Rule("POST", "/wealth/clients/{id}/plan/review", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/clients/{id}/plan/pdf", WEALTH_READERS),
            new Rule("GET", "/wealth/clients/{id}/products", WEALTH_READERS),
            new Rule("POST", "/wealth/clients/{id}/products/subscribe", WEALTH_ADVISERS),
            new Rule("POST", "/wealth/clients/{id}/products/redeem", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/models", WEALTH_READERS),
            new Rule("POST", "/wealth/models/{category}/{stage}", EnumSet.of(Role.WEALTH_ADVISER)),
            new Rule("GET", "/wealth/education", EVERY_ROLE),
            new Rule("POST", "/wealth/education", CATALOGUE_KEEPERS),
            new Rule("GET", "/wealth/education/submissions/{id}", CATALOGUE_KEEPERS),
            new Rule("POST", "/wealth/education/submissions/{id}", CATALOGUE_KEEPERS),
            new Rule("GET", "/wealth/education/{id}", EVERY_ROLE),
            new Rule("GET", "/wealth/education/events", WEALTH_READERS),
            new Rule("POST", "/wealth/education/events", WEALTH_ADVISERS),
            new Rule("POST", "/wealth/education/events/{eventId}/attendees", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/clients/{id}/disclosures", WEALTH_READERS),
            new Rule("POST", "/wealth/clients/{id}/disclosures/{contentId}", WEALTH_ADVISERS),
            new Rule("GET", "/wealth/campaigns", WEALTH_READERS),
            new Rule("POST", "/wealth/campaigns", EnumSet.of(Role.BRANCH_MANAGER, Role.WEALTH_ADVISER)),
            new Rule("GET", "/wealth/campaigns/{id}", WEALTH_READERS),
            new Rule("POST", "/wealth/campaigns/{id}/leads/{clientId}", WEALTH_ADVISERS),
            new Rule("GET", "/margin/applications", MARGIN_READERS),
            new Rule("GET", "/margin/applications/new", CREDIT_OFFICERS),
            new Rule("POST", "/margin/applications/new", CREDIT_OFFICERS),
            new Rule("GET", "/margin/applications/{id}", MARGIN_READERS),
            new Rule("GET", "/margin/contracts", MARGIN_READERS),
            new Rule("GET", "/margin/contracts/{id}", MARGIN_READERS),
            new Rule("POST", "/margin/contracts/{id}/changes", CREDIT_OFFICERS),
            new Rule("GET", "/margin/monitor", MARGIN_READERS),
            new Rule("GET", "/margin/accounts/{id}", EnumSet.of(Role.CREDIT_OFFICER, Role.RISK_OFFICER,
                    Role.COMPLIANCE_OFFICER, Role.AUDITOR, Role.BRANCH_MANAGER, Role.COUNTER_CLERK,
                    Role.ACCOUNT_MANAGER)),
            new Rule("POST", "/margin/accounts/{id}/cash", CASHIERS),
            new Rule("POST", "/margin/accounts/{id}/shares", CASHIERS),
            new Rule("POST", "/margin/contracts/{id}/liquidations", EnumSet.of(Role.RISK_OFFICER)),
            new Rule("GET", "/margin/liquidations/{id}", MARGIN_READERS),
            new Rule("GET", "/margin/securities", EVERY_ROLE),
            new Rule("GET", "/margin/securities/edit", EnumSet.of(Role.RISK_OFFICER)),
            new Rule("POST", "/margin/securities", EnumSet.of(Role.RISK_OFFICER)),
            new Rule("POST", "/margin/securities/{code}/remove", EnumSet.of(Role.RISK_OFFICER)),
            new Rule("GET", "/compliance/alerts", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/alerts/{id}", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/alerts/{id}/dismiss", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/alerts/{id}/case", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/cases", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/cases/{id}", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/cases/{id}/report", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/cases/{id}/notes/{noteId}/file", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/cases/{id}/notes", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/cases/{id}/dismiss", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/cases/{id}/filing", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/cases/{id}/submitted", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/ratings", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/ratings/{clientId}", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/rules", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/rules/{rule}", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/scans", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/scans/table", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/scans", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/screening/lists", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/screening/lists", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/screening/lists/{id}", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/screening/hits", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/screening/hits/{id}", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/screening/hits/{id}/confirm", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/screening/hits/{id}/dismiss", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/screening/check", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/restrictions", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/restrictions", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/restrictions/{id}/lift", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/insiders", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/insiders", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/insiders/{id}", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/insiders/{id}/people", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/insiders/{id}/close", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/staff", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/staff/accounts", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/staff/{id}", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/staff/{id}/profile", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/staff/{id}/relatives", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/staff/{id}/relatives/{relativeId}/remove", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/staff/{id}/training", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/dashboard", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/regulations", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/regulations", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/regulations/{id}", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/regulations/{id}/interpretation", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/regulations/{id}/repeal", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/policies", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/policies", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/policies/{id}", COMPLIANCE_READERS),
            new Rule("GET", "/compliance/declarations", EVERY_ROLE),
            new Rule("POST", "/compliance/declarations/gifts", EVERY_ROLE),
            new Rule("POST", "/compliance/declarations/activities", EVERY_ROLE),
            new Rule("POST", "/compliance/declarations/attestations/{roundId}", EVERY_ROLE),
            new Rule("GET", "/compliance/declarations/review", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/declarations/{kind}/{id}/decision", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/attestations", COMPLIANCE_READERS),
            new Rule("POST", "/compliance/attestations", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/my-tasks", EVERY_ROLE),
            new Rule("POST", "/compliance/my-tasks/{id}", EVERY_ROLE),
            new Rule("GET", "/compliance/acknowledgements", EVERY_ROLE),
            new Rule("POST", "/compliance/acknowledgements/{changeId}", EVERY_ROLE),
            new Rule("GET", "/compliance/disclosures", DISCLOSURE_READERS),
            new Rule("GET", "/compliance/disclosures/new", DISCLOSURE_AUTHORS),
            new Rule("POST", "/compliance/disclosures", DISCLOSURE_AUTHORS),
            new Rule("GET", "/compliance/disclosures/{id}", DISCLOSURE_READERS),
            new Rule("POST", "/compliance/disclosures/{id}/revise", DISCLOSURE_AUTHORS),
            new Rule("POST", "/compliance/disclosures/{id}/publish", DISCLOSURE_AUTHORS),
            new Rule("POST", "/compliance/disclosures/{id}/take", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/disclosures/{id}/approve", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/disclosures/{id}/return", COMPLIANCE_OFFICERS),
            new Rule("GET", "/compliance/phrases", DISCLOSURE_READERS),
            new Rule("POST", "/compliance/phrases", COMPLIANCE_OFFICERS),
            new Rule("POST", "/compliance/phrases/{id}/retire", COMPLIANCE_OFFICERS),
            new Rule("GET", "/wealth/targets", WEALTH_READERS),
            new Rule("POST", "/wealth/targets", EnumSet.of(Role.BRANCH_MANAGER)),
            new Rule("GET", "/wealth/complaints", WEALTH_READERS),
            new Rule("GET", "/wealth/complaints/statistics", WEALTH_READERS),
            new Rule("GET", "/wealth/complaints/new", COMPLAINT_HANDLERS),
            new Rule("POST", "/wealth/complaints/new", COMPLAINT_HANDLERS),
            new Rule("GET", "/wealth/complaints/{id}", WEALTH_READERS),
            new Rule("POST", "/wealth/complaints/{id}/{step}", COMPLAINT_HANDLERS),
            new Rule("GET", "/wealth/questionnaires", WEALTH_READERS),
            new Rule("GET", "/wealth/questionnaires/{id}", WEALTH_READERS),
            new Rule("POST", "/wealth/questionnaires/{id}/draft", CATALOGUE_KEEPERS),
            new Rule("GET", "/wealth/questionnaires/{id}/edit", CATALOGUE_KEEPERS),
            new Rule("POST", "/wealth/questionnaires/{id}/edit", CATALOGUE_KEEPERS),
            new Rule("POST", "/wealth/questionnaires/{id}/activate", CATALOGUE_KEEPERS));

    /** Endpoints that are not pages of their own: Boot's error handling and our 403 page. */
    private static final Set<String> INFRASTRUCTURE = Set.of("GET /error", "POST /error", "PUT /error",
            "DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error", "GET /error/403", "POST /error/403");

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffUserRepository users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    StaffService staff;

    /** The account that allowed admin actions (disable, reset password...) are tried on; never a demo login. */
    private long target() {
        return users.findByUsername("matrix.target").map(user -> user.getId()).orElseGet(() -> {
            StaffForm form = new StaffForm();
            form.setUsername("matrix.target");
            form.setDisplayName("Matrix Target");
            form.setEmployeeNumber("MT-0001");
            form.setBranchId(users.findByUsername("clerk").orElseThrow().getBranch().getId());
            form.setRoles(Set.of(Role.COUNTER_CLERK));
            return staff.create(form).id();
        });
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Client pages are tried on a record of the SH01 branch by staff of that branch. */
    private long branchId(String code) {
        return jdbc.sql("select id from platform_branch where code = ?").param(code).query(Long.class).single();
    }

    private long firstOfBranch(String table, String branchCode) {
        return jdbc.sql("select min(id) from " + table + " where branch_id = ?").param(branchId(branchCode))
                .query(Long.class).single();
    }

    @Test
    void everyMappedEndpointHasARule() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(java.util.stream.Collectors.toSet());
            patterns.forEach(pattern -> methods.forEach(method -> mapped.add(method + " " + pattern)));
        });
        mapped.removeAll(INFRASTRUCTURE);
        Set<String> covered = new TreeSet<>();
        RULES.forEach(rule -> covered.add(rule.key()));
        assertThat(mapped).as("endpoints without an access rule in AccessMatrixTest.RULES")
                .isSubsetOf(covered);
        assertThat(covered).as("rules for endpoints that no longer exist").isSubsetOf(mapped);
    }

    static Stream<Object[]> cases() {
        return RULES.stream().flatMap(rule -> Stream.concat(Stream.of((Role) null), EVERY_ROLE.stream())
                .map(role -> new Object[] {rule, role}));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void outcomeMatchesTheRule(Rule rule, Role role) throws Exception {
        long id = target();
        if (rule.url().startsWith("/admin/branches/{id}")) {
            id = users.findById(id).orElseThrow().getBranch().getId();
        }
        if (rule.url().startsWith("/approvals/{id}")) {
            id = 999_999;
        }
        boolean clientPage = rule.url().startsWith("/clients") || rule.url().startsWith("/orders")
                || rule.url().startsWith("/wealth") || rule.url().startsWith("/margin");
        boolean noRecord = rule.url().startsWith("/orders/{id}") || rule.url().startsWith("/orders/settlement/{day}")
                || rule.url().contains("{assessmentId}") || rule.url().contains("{verdictId}")
                || rule.url().contains("{documentId}") || rule.url().startsWith("/compliance/alerts/{id}")
                || rule.url().startsWith("/compliance/cases/{id}")
                || rule.url().startsWith("/compliance/screening/hits/{id}")
                || rule.url().startsWith("/compliance/screening/lists/{id}")
                || rule.url().startsWith("/compliance/restrictions/{id}")
                || rule.url().startsWith("/compliance/declarations/attestations/{roundId}")
                || rule.url().startsWith("/compliance/declarations/{kind}")
                || rule.url().startsWith("/compliance/regulations/{id}")
                || rule.url().startsWith("/compliance/policies/{id}")
                || rule.url().startsWith("/compliance/my-tasks/{id}") || rule.url().contains("{changeId}")
                || rule.url().startsWith("/compliance/disclosures/{id}")
                || rule.url().startsWith("/compliance/phrases/{id}")
                || rule.url().startsWith("/compliance/insiders/{id}") || rule.url().startsWith("/compliance/staff/{id}")
                || rule.url().startsWith("/compliance/ratings/{clientId}")
                // questionnaires are reference data kept across test classes: no draft is made here
                || rule.url().startsWith("/wealth/questionnaires/{id}")
                || rule.url().startsWith("/wealth/complaints/{id}") || rule.url().endsWith("/plan/pdf")
                || rule.url().startsWith("/wealth/campaigns/{id}")
                || rule.url().startsWith("/wealth/education/{id}")
                || rule.url().startsWith("/wealth/education/submissions/{id}")
                || rule.url().startsWith("/margin/applications/{id}") || rule.url().startsWith("/margin/contracts/{id}")
                || rule.url().startsWith("/margin/accounts/{id}") || rule.url().startsWith("/margin/liquidations/{id}");
        if (noRecord) {
            id = 999_999;
        }
        if (rule.url().startsWith("/clients/messages/{id}")) {
            id = firstOfBranch("clients_message", "SH01");
        } else if (rule.url().startsWith("/clients/follow-ups/{id}")) {
            id = 999_999;
        } else if (rule.url().startsWith("/clients/prospects/{id}")) {
            id = firstOfBranch("clients_prospect", "SH01");
        } else if (rule.url().startsWith("/clients/{id}") || rule.url().startsWith("/wealth/clients/{id}")) {
            id = firstOfBranch("clients_client", "SH01");
        } else if (rule.url().startsWith("/wealth/products/{id}")) {
            id = jdbc.sql("select min(id) from wealth_product").query(Long.class).single();
        } else if (rule.url().startsWith("/orders/commission/{id}")) {
            id = jdbc.sql("select min(c.id) from clients_client c join clients_fund_account f on f.client_id = c.id"
                    + " where c.branch_id = ?").param(branchId("SH01")).query(Long.class).single();
        }
        String url = rule.url().replace("{id}", String.valueOf(id)).replace("{code}", "600519")
                .replace("{day}", "2027-12-25").replace("{board}", "CHINEXT")
                .replace("{assessmentId}", "999999").replace("{verdictId}", "999999").replace("{documentId}", "999999")
                .replace("{rule}", "STRUCTURING").replace("{noteId}", "999999")
                .replace("{goalId}", "999999").replace("{step}", "note")
                .replace("{clientId}", "999999").replace("{relativeId}", "999999")
                .replace("{changeId}", "999999").replace("{kind}", "gifts").replace("{roundId}", "999999")
                .replace("{eventId}", "999999")
                .replace("{contentId}", "999999").replace("{category}", "C3").replace("{stage}", "SINGLE");
        MockHttpServletRequestBuilder request = "GET".equals(rule.method()) ? get(url) : post(url).with(csrf());
        if (role != null) {
            request.with(user(clientPage ? TestStaff.withRole(role, branchId("SH01")) : TestStaff.withRole(role)));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();

        if (rule.allowed() == PUBLIC) {
            assertThat(status).isIn(200, 302);
        } else if (role == null) {
            assertThat(status).as("anonymous is sent to the login page").isEqualTo(302);
            assertThat(redirect).endsWith("/login");
        } else if (!rule.allowed().contains(role)) {
            assertThat(status).as("refused").isEqualTo(403);
        } else if ("GET".equals(rule.method()) && noRecord) {
            assertThat(status).as("allowed page answers; the demo has no orders nor runs, so 404").isIn(200, 404);
        } else if ("GET".equals(rule.method()) && rule.url().startsWith("/orders/statements/")) {
            assertThat(status).as("allowed; without an account and a day the form answers with its errors")
                    .isEqualTo(400);
        } else if ("GET".equals(rule.method())) {
            assertThat(status).as("allowed page opens").isEqualTo(200);
        } else {
            assertThat(status).as("allowed action is not refused").isNotEqualTo(403);
        }
    }
}
