package org.opencounter.platform;

import org.opencounter.IntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opencounter.platform.approval.ApprovalRefused;
import org.opencounter.platform.approval.ApprovalService;
import org.opencounter.platform.staff.StaffForm;
import org.opencounter.platform.staff.StaffRuleViolation;
import org.opencounter.platform.staff.StaffService;
import org.opencounter.platform.staff.StaffUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The platform's rules against a real PostgreSQL: schema, audit immutability, lockout, four-eyes, password reuse. */
@IntegrationTest
class PlatformIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffService staff;
    @Autowired
    StaffUserRepository users;
    @Autowired
    ApprovalService approvals;

    @Test
    void flywayCreatedTheSchemaHistory() {
        long applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single();
        assertThat(applied).isGreaterThanOrEqualTo(4);
    }

    @Test
    void auditTrailRefusesUpdateAndDelete() {
        newUser("tamper.test", "TT-0001", Role.COUNTER_CLERK);
        assertThatThrownBy(() -> jdbc.sql("update platform_audit_event set action = 'tampered'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from platform_audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate platform_audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void fifthWrongPasswordLocksTheAccountForFifteenMinutes() throws Exception {
        String password = newUser("lock.test", "LT-0001", Role.COUNTER_CLERK);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login("lock.test", "wrong-password-1")).endsWith("error=bad");
        }
        assertThat(login("lock.test", "wrong-password-1")).endsWith("error=locked");
        assertThat(login("lock.test", password)).as("even the right password").endsWith("error=locked");

        Instant lockedUntil = jdbc.sql("select locked_until from platform_staff_user where username = 'lock.test'")
                .query(Timestamp.class).single().toInstant();
        assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(auditCount("platform.lockout", "lock.test")).isEqualTo(1);

        jdbc.sql("update platform_staff_user set locked_until = now() - interval '1 second' where username = 'lock.test'")
                .update();
        assertThat(login("lock.test", password)).as("after the lock expires").isEqualTo("/password/change");
    }

    @Test
    void fourWrongPasswordsThenARightOneResetTheCount() throws Exception {
        String password = newUser("count.test", "CT-0001", Role.COUNTER_CLERK);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login("count.test", "wrong-password-1");
        }
        assertThat(login("count.test", password)).isEqualTo("/password/change");
        assertThat(jdbc.sql("select failed_attempts from platform_staff_user where username = 'count.test'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void privilegedRoleWaitsForASecondAdmin() {
        long id = users.findByUsername(newUserName("grant.test")).orElseThrow().getId();
        StaffForm form = StaffForm.of(users.findById(id).orElseThrow());
        form.setRoles(Set.of(Role.COUNTER_CLERK, Role.COMPLIANCE_OFFICER));
        form.setApprovalReason("joins the compliance team");

        List<Role> pending = TestStaff.actingAs(TestStaff.as("admin", Role.ADMIN), () -> staff.update(id, form));
        assertThat(pending).containsExactly(Role.COMPLIANCE_OFFICER);
        assertThat(users.findById(id).orElseThrow().getRoles()).doesNotContain(Role.COMPLIANCE_OFFICER);

        long request = approvals.requestedBy("admin", Pageable.ofSize(50)).getContent().stream()
                .filter(r -> r.pending() && r.subject().startsWith("grant.test")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> TestStaff.actingAs(TestStaff.as("admin", Role.ADMIN), () -> {
            approvals.approve(request, "self");
            return null;
        })).isInstanceOf(ApprovalRefused.class).hasMessage("platform.approval.ownRequest");
        assertThatThrownBy(() -> TestStaff.actingAs(TestStaff.as("compliance", Role.COMPLIANCE_OFFICER), () -> {
            approvals.approve(request, "not my call");
            return null;
        })).isInstanceOf(ApprovalRefused.class).hasMessage("platform.approval.wrongRole");

        TestStaff.actingAs(TestStaff.as("admin2", Role.ADMIN), () -> {
            approvals.approve(request, "checked");
            return null;
        });
        assertThat(users.findById(id).orElseThrow().getRoles()).contains(Role.COMPLIANCE_OFFICER);
        assertThatThrownBy(() -> TestStaff.actingAs(TestStaff.as("admin2", Role.ADMIN), () -> {
            approvals.approve(request, "twice");
            return null;
        })).isInstanceOf(ApprovalRefused.class).hasMessage("platform.approval.alreadyDecided");
    }

    @Test
    void overdueRequestsExpireAndCanNoLongerBeApproved() {
        long id = users.findByUsername(newUserName("expiry.test")).orElseThrow().getId();
        StaffForm form = StaffForm.of(users.findById(id).orElseThrow());
        form.setRoles(Set.of(Role.COUNTER_CLERK, Role.ADMIN));
        TestStaff.actingAs(TestStaff.as("admin", Role.ADMIN), () -> staff.update(id, form));
        long request = approvals.requestedBy("admin", Pageable.ofSize(50)).getContent().stream()
                .filter(r -> r.pending() && r.subject().startsWith("expiry.test")).findFirst().orElseThrow().id();
        jdbc.sql("update platform_approval_request set expires_at = now() - interval '1 minute' where id = ?")
                .param(request).update();

        assertThatThrownBy(() -> TestStaff.actingAs(TestStaff.as("admin2", Role.ADMIN), () -> {
            approvals.approve(request, "too late");
            return null;
        })).isInstanceOf(ApprovalRefused.class).hasMessage("platform.approval.expired");
        assertThat(approvals.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from platform_approval_request where id = ?").param(request)
                .query(String.class).single()).isEqualTo("EXPIRED");
        assertThat(users.findById(id).orElseThrow().getRoles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void databaseRefusesARequesterDecidingTheirOwnRequest() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into platform_approval_request (type, subject, payload, approving_role, requested_by, reason,
                    status, requested_at, expires_at, decided_by, decided_at)
                values ('x', 'x', '{}', 'ADMIN', 'admin', 'x', 'APPROVED', now(), now(), 'admin', now())""").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("four_eyes");
    }

    @Test
    void recentPasswordsCannotBeReused() {
        String temporary = newUser("reuse.test", "RT-0001", Role.COUNTER_CLERK);
        staff.changeOwnPassword("reuse.test", temporary, "FirstChoice2026");
        staff.changeOwnPassword("reuse.test", "FirstChoice2026", "SecondChoice2026");
        assertThatThrownBy(() -> staff.changeOwnPassword("reuse.test", "SecondChoice2026", "FirstChoice2026"))
                .isInstanceOf(StaffRuleViolation.class).hasMessage("platform.password.recentlyUsed");
        assertThatThrownBy(() -> staff.changeOwnPassword("reuse.test", "SecondChoice2026", temporary))
                .isInstanceOf(StaffRuleViolation.class).hasMessage("platform.password.recentlyUsed");
    }

    @Test
    void duplicateUsernameIsRefused() {
        newUser("dup.test", "DT-0001", Role.COUNTER_CLERK);
        StaffForm again = form("dup.test", "DT-0002", Role.COUNTER_CLERK);
        assertThatThrownBy(() -> staff.create(again)).isInstanceOf(StaffRuleViolation.class)
                .hasMessage("platform.staff.username.taken");
    }

    @Test
    void everyStaffChangeIsAudited() {
        newUser("audit.test", "AT-0001", Role.COUNTER_CLERK);
        long id = users.findByUsername("audit.test").orElseThrow().getId();
        staff.disable(id);
        assertThat(jdbc.sql("""
                select action from platform_audit_event where entity_type = 'StaffUser' and entity_id = ?
                order by id""").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("platform.staff.create", "platform.staff.disable");
    }

    private String newUserName(String username) {
        newUser(username, username.toUpperCase(java.util.Locale.ROOT).replace(".", "-"), Role.COUNTER_CLERK);
        return username;
    }

    private String newUser(String username, String employeeNumber, Role role) {
        return staff.create(form(username, employeeNumber, role)).temporaryPassword();
    }

    private StaffForm form(String username, String employeeNumber, Role role) {
        StaffForm form = new StaffForm();
        form.setUsername(username);
        form.setDisplayName("测试 " + username);
        form.setEmployeeNumber(employeeNumber);
        form.setBranchId(users.findByUsername("clerk").orElseThrow().getBranch().getId());
        form.setRoles(Set.of(role));
        return form;
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private long auditCount(String action, String username) {
        return jdbc.sql("select count(*) from platform_audit_event where action = ? and username = ?")
                .params(action, username).query(Long.class).single();
    }
}
