package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.opencounter.platform.Role;
import org.opencounter.platform.staff.StaffForm;
import org.opencounter.platform.staff.StaffService;
import org.opencounter.platform.staff.StaffUserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The platform's main flows in a real browser against the running app and a real PostgreSQL. */
class PlatformBrowserTest extends BrowserTest {

    @Autowired
    StaffService staff;

    @Autowired
    StaffUserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminSignsInToTheDashboardInChinese() {
        browser.go("/login");
        browser.screenshot("login");
        browser.login("admin", DEMO_PASSWORD);
        assertThat(browser.text("current-user")).contains("系统管理员");
        assertThat(browser.waitFor("dashboard-cards").getText()).contains("在用员工账户", "已锁定账户", "待我审批",
                "当前交易阶段", "证券数量");
        browser.screenshot("home-admin");
    }

    @Test
    void signingInIssuesANewSessionKeptInPostgresForThirtyMinutes() {
        browser.go("/login");
        String before = browser.driver().manage().getCookieNamed("SESSION").getValue();
        browser.login("manager", DEMO_PASSWORD);
        String after = browser.driver().manage().getCookieNamed("SESSION").getValue();
        assertThat(after).as("session fixation: the id changes at login").isNotEqualTo(before);
        Integer timeout = jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'manager'")
                .query(Integer.class).single();
        assertThat(timeout).isEqualTo(30 * 60);
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        browser.login("advisor", "not-the-password-1");
        assertThat(browser.text("login-error")).contains("用户名或密码错误");
        assertThat(browser.path()).startsWith("/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.login("analyst", "not-the-password-" + attempt);
        }
        assertThat(browser.text("login-error")).contains("账户已锁定");
        browser.login("analyst", DEMO_PASSWORD);
        assertThat(browser.text("login-error")).contains("账户已锁定");

        browser.login("admin", DEMO_PASSWORD).go("/admin/staff?status=LOCKED");
        assertThat(browser.text("staff-table")).contains("analyst");
        browser.screenshot("staff-locked");
        browser.driver().findElement(By.linkText("analyst")).click();
        browser.waitFor("staff-actions");
        browser.submit("unlock");
        assertThat(browser.text("staff-status")).isEqualTo("正常");
        browser.logout().login("analyst", DEMO_PASSWORD);
        assertThat(browser.text("current-user")).contains("吴研究");
    }

    @Test
    void languageSwitchesToEnglishAndBack() {
        browser.login("clerk", DEMO_PASSWORD);
        browser.submit("lang-en");
        assertThat(browser.text("dashboard-cards")).contains("Waiting for my approval");
        assertThat(browser.text("logout-button")).isEqualTo("Sign out");
        browser.screenshot("home-english");
        browser.logout().login("clerk", DEMO_PASSWORD);
        assertThat(browser.text("logout-button")).as("the choice is kept with the account").isEqualTo("Sign out");
        browser.submit("lang-zh");
        assertThat(browser.text("logout-button")).isEqualTo("退出");
    }

    @Test
    void eachRoleSeesItsOwnNavigation() {
        Map<String, Set<String>> visible = Map.of(
                "admin", Set.of("员工账户", "营业部"),
                "auditor", Set.of("审计日志"),
                "compliance", Set.of("审计日志"),
                "clerk", Set.of(),
                "manager", Set.of(),
                "advisor", Set.of(),
                "credit", Set.of(),
                "risk", Set.of(),
                "wealth", Set.of());
        Set<String> adminOnly = Set.of("员工账户", "营业部", "审计日志");
        visible.forEach((username, expected) -> {
            browser.login(username, DEMO_PASSWORD);
            String navigation = browser.text("side-nav");
            assertThat(navigation).as(username).contains("首页", "审批");
            adminOnly.forEach(item -> {
                if (expected.contains(item)) {
                    assertThat(navigation).as(username + " sees " + item).contains(item);
                } else {
                    assertThat(navigation).as(username + " does not see " + item).doesNotContain(item);
                }
            });
            browser.go("/admin/staff");
            if (!"admin".equals(username)) {
                assertThat(browser.text("error-403")).contains("无权访问");
            }
            browser.go("/").logout();
        });
    }

    @Test
    void adminCreatesAStaffMemberWhoMustChangeTheTemporaryPassword() {
        browser.login("admin", DEMO_PASSWORD).go("/admin/staff/new");
        browser.submit("staff-save");
        assertThat(browser.pageText()).contains("此项为必填项", "请至少选择一个角色");
        browser.screenshot("staff-form-errors");

        browser.type("username", "new.clerk").type("displayName", "陈新柜员").type("employeeNumber", "E2001")
                .type("phone", "13812345678");
        new Select(browser.driver().findElement(By.id("branchId"))).selectByVisibleText("SH01 上海陆家嘴营业部");
        browser.clickCss("input[name=roles][value=COUNTER_CLERK]");
        browser.submit("staff-save");
        String temporary = browser.text("temporary-password");
        assertThat(temporary).hasSize(12);
        browser.screenshot("staff-created");
        browser.logout();

        browser.login("new.clerk", temporary);
        assertThat(browser.path()).isEqualTo("/password/change");
        assertThat(browser.text("must-change")).contains("临时密码");
        browser.go("/");
        assertThat(browser.path()).as("nothing else opens before the change").isEqualTo("/password/change");
        browser.type("currentPassword", temporary).type("newPassword", "short").type("confirmPassword", "short")
                .submit("password-submit");
        assertThat(browser.pageText()).contains("密码至少需要 10 位");
        browser.type("currentPassword", temporary).type("newPassword", "CounterDesk2026")
                .type("confirmPassword", "CounterDesk2026").submit("password-submit");
        assertThat(browser.text("flash")).contains("密码已修改");
        assertThat(browser.text("current-user")).contains("陈新柜员");
        browser.logout().login("new.clerk", "CounterDesk2026");
        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    void grantingAdminNeedsASecondAdmin() {
        StaffForm form = new StaffForm();
        form.setUsername("duty.admin");
        form.setDisplayName("值班管理员");
        form.setEmployeeNumber("E3001");
        form.setBranchId(users.findByUsername("admin").orElseThrow().getBranch().getId());
        form.setRoles(Set.of(Role.RISK_OFFICER));
        staff.create(form);
        browser.login("admin", DEMO_PASSWORD).go("/admin/staff?q=duty");
        browser.driver().findElement(By.linkText("duty.admin")).click();
        browser.waitFor("staff-actions");
        browser.clickCss("input[name=roles][value=ADMIN]");
        browser.type("approvalReason", "covers admin duty during holidays").submit("staff-save");
        assertThat(browser.text("flash")).contains("ADMIN");
        browser.go("/approvals");
        assertThat(browser.text("mine-table")).contains("duty.admin → ADMIN", "待审批");
        assertThat(browser.has("#inbox-table")).as("own request is not in own inbox").isFalse();
        browser.logout();

        browser.login("admin2", DEMO_PASSWORD).go("/approvals");
        assertThat(browser.text("inbox-table")).contains("duty.admin → ADMIN", "covers admin duty");
        browser.screenshot("approvals-inbox");
        browser.submitCss("#inbox-table .approve");
        assertThat(browser.text("flash")).contains("已批准");
        browser.go("/admin/staff?q=duty");
        assertThat(browser.text("staff-table")).contains("系统管理员");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessions() {
        StaffForm form = new StaffForm();
        form.setUsername("leaving.clerk");
        form.setDisplayName("离职柜员");
        form.setEmployeeNumber("E4001");
        form.setBranchId(users.findByUsername("clerk").orElseThrow().getBranch().getId());
        form.setRoles(Set.of(Role.COUNTER_CLERK));
        String temporary = staff.create(form).temporaryPassword();
        browser.login("leaving.clerk", temporary);
        browser.type("currentPassword", temporary).type("newPassword", "LeavingSoon2026")
                .type("confirmPassword", "LeavingSoon2026").submit("password-submit");
        assertThat(browser.text("current-user")).contains("离职柜员");

        try (Browser admin = Browser.open(port)) {
            admin.login("admin", DEMO_PASSWORD).go("/admin/staff?q=leaving");
            admin.driver().findElement(By.linkText("leaving.clerk")).click();
            admin.waitFor("staff-actions");
            admin.submit("disable");
            assertThat(admin.text("staff-status")).isEqualTo("已停用");
        }

        browser.go("/");
        assertThat(browser.path()).as("the clerk's open session is gone").startsWith("/login");
        browser.login("leaving.clerk", "LeavingSoon2026");
        assertThat(browser.text("login-error")).contains("账户已停用");
    }

    @Test
    void auditorSearchesTheAuditTrail() {
        browser.login("auditor", DEMO_PASSWORD).go("/audit?action=platform.login");
        assertThat(browser.text("audit-table")).contains("platform.login", "auditor");
        browser.screenshot("audit");
    }
}
