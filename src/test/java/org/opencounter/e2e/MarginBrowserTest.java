package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.margin.trading.CreditTransfers;
import org.opencounter.wealth.InvestmentHorizon;
import org.opencounter.wealth.InvestmentVariety;
import org.opencounter.wealth.WealthFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Margin credit in a real browser: the credit officer looks up a client funded since October, sees the eligibility
 * checks (no trade with the firm yet), records the investigation with the CSDC's first trade, is told next to the
 * field that the line is above the rating's maximum, submits; the risk officer approves in the inbox and the margin
 * contract opens with its credit accounts. The credit officer, who sees the contracts expiring soon on the home page,
 * then raises the line and the risk officer approves that too.
 */
class MarginBrowserTest extends BrowserTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aCreditOfficersApplicationApprovedByRiskOpensAContract() {
        ClientsFixture fixture = new ClientsFixture(context);
        TestClock.INSTANCE.setShanghai("2026-10-15T10:00");
        long client = fixture.openClient(270);
        fixture.deposit(client, "600000.00");
        TestClock.INSTANCE.setShanghai("2026-12-07T10:00");
        new WealthFixture(context, fixture).assess(client, 60, InvestmentHorizon.LONG,
                EnumSet.allOf(InvestmentVariety.class));

        browser.login("credit", DEMO_PASSWORD).go("/margin/applications/new");
        browser.type("lookup-client", String.valueOf(client));
        browser.submit("lookup-submit");
        assertThat(browser.text("standing-average")).isEqualTo("600,000.00");
        assertThat(browser.text("check-TRADING_EXPERIENCE")).contains("不符合");
        assertThat(browser.text("check-AVERAGE_ASSETS")).contains("600,000.00", "500,000.00", "符合");
        assertThat(browser.text("check-RISK_CATEGORY")).contains("C4", "符合");

        CreditInvestigation.fill(browser, "1000000");
        browser.submit("application-submit");
        assertThat(browser.text("recommendation-error")).isEqualTo("此项为必填项。");

        browser.type("recommendation", "客户资产稳定，建议授信。");
        browser.submit("application-submit");
        assertThat(browser.text("recommendedLine-error")).contains("900,000.00", "B");
        browser.screenshot("margin-application-form");

        browser.type("recommendedLine", "800000");
        browser.submit("application-submit");
        assertThat(browser.text("flash")).contains("等待风控岗审批");
        assertThat(browser.text("application-status")).isEqualTo("待审批");
        assertThat(browser.text("application-score")).contains("78", "B");
        String applicationPage = browser.path();

        browser.logout().login("risk", DEMO_PASSWORD).go("/approvals");
        browser.submitCss("tr:has(a.approval-link[href='" + applicationPage + "']) button.approve");
        browser.go(applicationPage);
        assertThat(browser.text("application-status")).isEqualTo("已批准");
        browser.screenshot("margin-application");

        String number = browser.text("application-contract");
        browser.go("/margin/contracts");
        assertThat(browser.text("contract-table")).contains(number, "800,000.00", "2027-06-07");
        browser.go(applicationPage).click("application-contract");
        assertThat(browser.text("contract-line")).isEqualTo("800,000.00");
        assertThat(browser.text("contract-margin-ratio")).isEqualTo("100%");
        assertThat(browser.text("credit-fund-account")).matches("\\d{4}9\\d{7}");
        String contractPage = browser.path();

        browser.logout().login("credit", DEMO_PASSWORD).go("/");
        assertThat(browser.text("home-expiring-contracts")).contains("天后到期");
        browser.screenshot("margin-home-expiring");
        browser.go(contractPage);
        browser.select("kind", "LINE");
        browser.type("newLine", "1000000");
        browser.type("reason", "客户资产增加，申请提高额度");
        browser.submit("change-submit");
        assertThat(browser.text("newLine-error")).contains("900,000.00");
        browser.type("newLine", "900000");
        browser.submit("change-submit");
        assertThat(browser.text("pending-change")).contains("授信额度调整", "credit");

        browser.logout().login("risk", DEMO_PASSWORD).go("/approvals");
        browser.submitCss("tr:has(a.approval-link[href='" + contractPage + "']) button.approve");
        browser.go(contractPage);
        assertThat(browser.text("contract-line")).isEqualTo("900,000.00");
        assertThat(browser.text("change-table")).contains("800,000.00 → 900,000.00", "已生效");
        browser.screenshot("margin-contract");
    }

    @Test
    void aRiskOfficerKeepsTheMarginLists() {
        browser.login("risk", DEMO_PASSWORD).go("/margin/securities?q=688599");
        assertThat(browser.text("security-688599")).contains("0%");
        browser.go("/margin/securities/edit?code=000002");
        browser.type("collateralRatePercent", "70");
        browser.submit("security-submit");
        assertThat(browser.text("collateralRatePercent-error")).contains("65%");

        browser.type("collateralRatePercent", "60");
        browser.type("lendingPool", "-1");
        browser.submit("security-submit");
        assertThat(browser.text("lendingPool-error")).isNotBlank();
        browser.type("lendingPool", "500000");
        browser.submit("security-submit");
        assertThat(browser.text("flash")).contains("000002");
        assertThat(browser.text("security-000002")).contains("万科A", "60%", "65%");
        assertThat(browser.text("lendable-000002")).isEqualTo("500,000");
        browser.go("/margin/securities");
        browser.screenshot("margin-securities");
    }

    @Test
    void aRiskOfficerWatchesTheDemoContractsInEveryBand() {
        browser.login("risk", DEMO_PASSWORD).go("/margin/monitor");
        for (String band : new String[] {"NORMAL", "WARNING", "CALL", "LIQUIDATION", "WITHDRAWABLE", "NO_DEBT"}) {
            assertThat(browser.text("count-" + band)).as(band).doesNotEndWith(" 0");
        }
        assertThat(browser.has("#band-chart canvas")).isTrue();
        browser.screenshot("margin-monitor");

        String lowest = browser.text("monitor-table");
        long liquidating = context.getBean(JdbcClient.class).sql("""
                select c.contract_id from margin_call c where c.kind = 'LIQUIDATION' and c.status = 'OPEN'""")
                .query(Long.class).single();
        context.getBean(CreditTransfers.class).transferIn(liquidating, new BigDecimal("5000000.00"),
                java.time.LocalDate.now(), "test:monitor:" + liquidating, "test");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.id("monitor-table")).getText().equals(lowest));
        assertThat(browser.text("ratio-" + liquidating)).as("the table recomputed itself at the latest figures")
                .contains("可提取");

        browser.go("/margin/monitor?band=CALL");
        browser.clickCss("#monitor-table tbody tr:first-child a");
        assertThat(browser.text("contract-band")).isEqualTo("追保");
        assertThat(browser.text("cash-to-restore")).isNotBlank();
        assertThat(browser.has("#ratio-chart canvas")).isTrue();
        assertThat(browser.text("call-table")).contains("追加担保物");
        browser.screenshot("margin-contract-call");
        browser.go("/");
        assertThat(browser.text("home-margin-calls")).contains("强制平仓", "追加担保物");
    }
}
