package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The clients module's main flow in a real browser: from a prospect to an approved client with a first deposit. */
class ClientsBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aClerkAppliesForChiNextAndTheBranchManagerApprovesIt() {
        ClientsFixture fixture = new ClientsFixture(context);
        long client;
        try {
            TestClock.INSTANCE.setShanghai("2026-10-09T10:00");
            client = fixture.openClient(418);
            fixture.deposit(client, "600000.00");
            TestClock.INSTANCE.setShanghai("2026-11-25T10:00");
            String page = "/clients/" + client + "/permissions";
            browser.login("clerk", DEMO_PASSWORD).go("/clients/" + client);
            browser.click("permissions-link");
            assertThat(browser.text("average-assets")).isEqualTo("600,000.00");
            assertThat(browser.text("status-CHINEXT")).isEqualTo("未开通");
            browser.setValue("firstTrade-CHINEXT", "2025-01-02");
            browser.click("disclosure-CHINEXT");
            browser.submit("apply-CHINEXT-submit");
            assertThat(browser.text("firstTrade-CHINEXT-error")).contains("2027-01-02", "24个月");
            browser.screenshot("permission-refused");

            browser.setValue("firstTrade-CHINEXT", "2015-03-02");
            browser.click("disclosure-CHINEXT");
            browser.submit("apply-CHINEXT-submit");
            assertThat(browser.text("flash")).contains("待营业部负责人复核");
            assertThat(browser.text("status-CHINEXT")).isEqualTo("待复核");

            browser.logout().login("manager", DEMO_PASSWORD).go("/approvals");
            browser.submitCss("tr:has(a.approval-link[href='" + page + "']) button.approve");
            browser.go(page);
            assertThat(browser.text("status-CHINEXT")).isEqualTo("已开通");
            assertThat(browser.text("applications-table")).contains("创业板", "600,000.00", "2015-03-02", "已开通");
            browser.screenshot("permissions");
        } finally {
            TestClock.INSTANCE.reset();
        }
    }

    @Test
    void fromProspectToApprovedClientWithAFirstDeposit() {
        browser.login("advisor", DEMO_PASSWORD).go("/clients/prospects");
        assertThat(browser.text("pipeline")).contains("线索", "已接触", "已确认意向", "已开户", "已流失");
        browser.screenshot("prospects");
        browser.click("new-prospect");
        browser.type("name", "赵晓明").type("phone", "13912345678").select("source", "REFERRAL")
                .type("estimatedAssets", "6000000").setValue("nextContact", "2026-12-01");
        browser.submit("prospect-save");
        assertThat(browser.text("prospect-stage")).isEqualTo("线索");
        assertThat(browser.pageText()).contains("高净值");

        browser.submitCss("#convert");
        assertThat(browser.text("from-prospect")).contains("赵晓明");
        assertThat(browser.driver().findElement(By.id("mobile")).getAttribute("value")).isEqualTo("13912345678");
        browser.type("idNumber", "31011519900307123X");
        browser.setValue("birthDate", "1990-03-07").select("gender", "MALE");
        browser.setValue("idExpiry", "2035-06-30");
        browser.type("address", "上海市浦东新区世纪大道100号").select("occupation", "FINANCE")
                .type("employer", "某基金公司").select("incomeBand", "FROM_500K_TO_1M").select("education", "MASTER")
                .select("sourceOfFunds", "SALARY").type("investmentYears", "8").type("averageIncome", "600000")
                .select("bank", "CMB").type("cardNumber", "6222020200112345679");
        browser.submit("onboarding-submit");
        assertThat(browser.text("idNumber-error")).contains("校验位不正确");
        browser.screenshot("onboarding-error");

        browser.type("idNumber", "310115199003071239");
        browser.submit("onboarding-submit");
        assertThat(browser.text("flash")).contains("等待营业部经理复核");
        assertThat(browser.text("client-status")).isEqualTo("待复核");
        assertThat(browser.text("id-number")).isEqualTo("310***********1239");
        String clientPath = browser.path();
        browser.screenshot("client-pending");

        browser.logout().login("manager", DEMO_PASSWORD).go("/approvals");
        browser.driver().findElement(By.cssSelector("a.approval-link[href='" + clientPath + "']")).click();
        assertThat(browser.text("client-name")).isEqualTo("赵晓明");
        browser.go("/approvals");
        browser.submitCss("tr:has(a.approval-link[href='" + clientPath + "']) button.approve");
        assertThat(browser.text("flash")).contains("已批准");

        browser.logout().login("clerk", DEMO_PASSWORD).go(clientPath);
        assertThat(browser.text("client-status")).isEqualTo("正常");
        assertThat(browser.text("fund-account")).matches("[0-9]{12}");
        assertThat(browser.text("securities-SSE")).matches("A[0-9]{9}");
        browser.click("reveal-id-number");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBe(By.id("id-number"), "310115199003071239"));

        browser.click("transfer-button");
        browser.type("amount", "20000");
        browser.submit("transfer-submit");
        assertThat(browser.text("flash")).contains("已转入 20,000.00 元");
        assertThat(browser.text("cash-available")).isEqualTo("20,000.00");
        assertThat(browser.text("journal-table")).contains("银行转证券", "+20,000.00", "clerk");
        browser.screenshot("client-360");

        browser.click("transfer-button");
        browser.driver().findElement(By.cssSelector("input[name=direction][value=OUT]")).click();
        browser.type("amount", "20000.01");
        browser.submit("transfer-submit");
        assertThat(browser.text("amount-error")).contains("超过可取资金 20,000.00");
        browser.screenshot("transfer-refused");

        browser.go(clientPath);
        var reversal = browser.driver().findElement(By.cssSelector(".reversal-form"));
        reversal.findElement(By.name("reason")).sendKeys("客户银行卡转错账户");
        browser.submitCss(".reversal-form button");
        assertThat(browser.text("flash")).contains("冲正申请已提交");
        browser.logout().login("manager", DEMO_PASSWORD).go("/approvals");
        browser.submitCss("tr:has(a.approval-link[href='" + clientPath + "']) button.approve");
        browser.go(clientPath);
        assertThat(browser.text("cash-available")).isEqualTo("0.00");
        assertThat(browser.text("journal-table")).contains("冲正", "已冲正", "-20,000.00");
    }

    @Test
    void anAccountManagerRecordsAFollowUpFromTheHomePageList() {
        browser.login("advisor", DEMO_PASSWORD);
        assertThat(browser.text("overdue-follow-ups")).contains("KYC 复核");
        browser.screenshot("home-advisor");
        browser.clickCss("#overdue-table tbody tr a");
        browser.waitFor("client-follow-ups");
        var form = browser.driver().findElement(By.cssSelector(".complete-form"));
        form.findElement(By.name("outcome")).sendKeys("已提醒客户更新证件，客户表示下周到柜台办理");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("satisfaction"))).selectByValue("4");
        browser.submitCss(".complete-form button");
        assertThat(browser.text("flash")).contains("回访结果已记录");
        assertThat(browser.text("client-follow-ups")).contains("已提醒客户更新证件", "★★★★");
    }

    @Test
    void aBranchManagerFreezesAnAccountAndTheCounterCannotMoveItsCash() {
        browser.login("manager", DEMO_PASSWORD).go("/clients?status=ACTIVE");
        browser.clickCss("#client-table tbody tr a");
        String clientPath = browser.path();
        browser.type("freeze-reason", "法院协助冻结").type("freeze-document", "(2026)沪0115执999号");
        browser.submit("freeze-submit");
        assertThat(browser.text("freeze-notice")).contains("司法冻结", "法院协助冻结");
        browser.screenshot("client-frozen");
        browser.logout().login("clerk", DEMO_PASSWORD).go(clientPath + "/transfer");
        browser.type("amount", "100");
        browser.submit("transfer-submit");
        assertThat(browser.text("amount-error")).contains("已冻结或销户");
    }

    @Test
    void aClerkChangesAClientsBankCardAndTheChangeIsKept() {
        ClientsFixture fixture = new ClientsFixture(context);
        long client = fixture.openClient(419);
        browser.login("clerk", DEMO_PASSWORD).go("/clients/" + client);
        browser.click("details-link");
        assertThat(browser.pageText()).contains("没有变更记录");
        browser.select("field", "BANK_CARD").type("value", "6222020200112233445").select("bank", "CMB")
                .type("reason", "客户改用招商银行卡");
        browser.submit("details-submit");
        assertThat(browser.text("value-error")).isNotEmpty();
        browser.type("value", "6222020200112233446").submit("details-submit");
        assertThat(browser.text("flash")).contains("资料已变更");
        assertThat(browser.text("details-history")).contains("存管银行卡", "招商银行", "6222***********3446",
                "客户改用招商银行卡", "clerk");
        assertThat(browser.text("current-details")).contains("招商银行");
        browser.screenshot("client-details");
    }

    @Test
    void aClerkImportsAFileWithABadRowAndSeesTheReport() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("clients", ".csv");
        String template = org.opencounter.clients.web.ImportTemplate.CSV;
        java.nio.file.Files.writeString(file, template + template.lines().skip(1).findFirst().orElseThrow()
                .replace("张伟", "李娜") + "\n");
        browser.login("clerk", DEMO_PASSWORD).go("/clients/import");
        browser.driver().findElement(By.id("import-file")).sendKeys(file.toString());
        browser.submit("import-submit");
        assertThat(browser.text("import-problems")).contains("与第 2 行证件重复");
        browser.screenshot("import-report");
    }

    @Test
    void theClientPageReadsInEnglish() {
        browser.login("advisor", DEMO_PASSWORD).go("/clients?lang=en");
        browser.clickCss("#client-table tbody tr a");
        assertThat(browser.text("cash-cards")).contains("Total cash", "Available", "Withdrawable");
        assertThat(browser.pageText()).contains("KYC and classification", "Cash journal", "Follow-ups");
        browser.screenshot("client-360-en");
        browser.go("/clients?lang=zh-CN");
    }

    @Test
    void clientSearchFindsByFundAccountAndShowsMaskedNumbers() {
        browser.login("advisor", DEMO_PASSWORD).go("/clients");
        assertThat(browser.text("client-table")).contains("***");
        String fundAccount = browser.driver().findElements(By.cssSelector("#client-table tbody tr td:nth-child(3)"))
                .get(0).getText();
        browser.type("q", fundAccount).submit("search-button");
        assertThat(browser.driver().findElements(By.cssSelector("#client-table tbody tr"))).hasSize(1);
        browser.screenshot("client-search");
    }
}
