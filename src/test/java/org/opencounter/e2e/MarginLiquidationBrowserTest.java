package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Margin from the application to forced liquidation in a real browser: the credit officer applies for a client funded
 * since October and the risk officer approves; the clerk moves 100,000 into the credit account, buys 9,000 × 10.00 as
 * collateral and 7,000 × 10.00 with financing; the next day the stock falls to 4.00 and the ratio under 110%; the risk
 * officer sees the call on the home page, proposes the plan from the contract page, a second risk officer approves it
 * in the inbox, and the plan's sell-to-repay orders fill and bring the ratio back over 150%.
 */
class MarginLiquidationBrowserTest extends BrowserTest {

    static final String CODE = "600036";
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;
    @Autowired MarginCalls calls;
    @Autowired MarginContracts contracts;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aFinancingBuyThenAPriceFallThenACallThenALiquidationApprovedByASecondRiskOfficer() {
        MarginFixture margin = new MarginFixture(context);
        margin.financingTarget(CODE);
        long client = margin.client(380, "600000.00", 60);
        TradingDesk desk = new TradingDesk(context);
        desk.quietMarket(CODE, "10.00");

        browser.login("credit", DEMO_PASSWORD).go("/margin/applications/new");
        browser.type("lookup-client", String.valueOf(client));
        browser.submit("lookup-submit");
        CreditInvestigation.fill(browser, "800000");
        browser.type("recommendation", "客户资产稳定，建议授信。");
        browser.submit("application-submit");
        String applicationPage = browser.path();
        browser.logout().login("risk", DEMO_PASSWORD).go("/approvals");
        browser.submitCss("tr:has(a.approval-link[href='" + applicationPage + "']) button.approve");
        browser.go(applicationPage).click("application-contract");
        MarginContract contract = margin.staff().as("credit", () -> contracts.live(client)).orElseThrow();
        assertThat(browser.path()).isEqualTo("/margin/contracts/" + contract.id());

        browser.logout().login("clerk", DEMO_PASSWORD).go("/margin/accounts/" + contract.id());
        browser.select("operation", "TRANSFER_IN").type("amount", "100000");
        browser.submit("cash-submit");
        creditOrder("COLLATERAL_BUY", "9000");
        // 90,000.00 + commission 22.50 + transfer fee 0.90 leaves 9,976.60; with 90,000 at 70%: 72,976.60
        browser.go("/margin/accounts/" + contract.id());
        assertThat(browser.text("account-margin-available")).isEqualTo("72,976.60");
        creditOrder("FINANCING_BUY", "7000");
        browser.go("/margin/accounts/" + contract.id());
        assertThat(browser.text("account-owed")).isEqualTo("70,018.20");

        // the next trading day the purchases are sellable, and the stock has fallen to 4.00:
        // (9,976.60 + 16,000 × 4.00) / 70,018.20 = 105.65%
        jdbc.sql("update margin_credit_position set bought_today = 0 where contract_id = ?").param(contract.id())
                .update();
        desk.quietMarket(CODE, "4.00");
        calls.review(TestClock.INSTANCE.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());

        browser.logout().login("risk", DEMO_PASSWORD).go("/");
        assertThat(browser.text("home-margin-calls")).contains(contract.number());
        browser.go("/margin/contracts/" + contract.id());
        assertThat(browser.text("contract-ratio")).isEqualTo("105.65%");
        browser.submit("liquidation-submit");
        assertThat(browser.text("reason-error")).isNotBlank();
        browser.type("reason", "维持担保比例低于 110%，立即强制平仓");
        browser.submit("liquidation-submit");
        assertThat(browser.text("liquidation-status")).isEqualTo("待复核");
        assertThat(browser.text("liquidation-cash")).isEqualTo("9,976.60");
        assertThat(browser.text("sales-table")).contains(CODE);
        browser.screenshot("margin-liquidation-plan");
        String planPage = browser.path();

        browser.logout().login("risk2", DEMO_PASSWORD).go("/approvals");
        browser.submitCss("tr:has(a.approval-link[href='" + planPage + "']) button.approve");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> {
            browser.go(planPage);
            return browser.text("liquidation-status").equals("已完成");
        });
        String after = browser.text("liquidation-ratio-after").replace("%", "");
        assertThat(new BigDecimal(after)).isGreaterThanOrEqualTo(new BigDecimal("150"));
        assertThat(browser.text("sales-table")).contains("已成交");
        browser.screenshot("margin-liquidation-done");
    }

    private void creditOrder(String trade, String quantity) {
        browser.click("credit-order-link");
        browser.select("creditTrade", trade);
        browser.type("code", CODE).type("price", "10.00").type("quantity", quantity);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("preview-contract")));
        browser.submit("order-submit");
        String orderPage = browser.path();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> {
            browser.go(orderPage);
            return browser.text("order-status").equals("已成交");
        });
        browser.go(orderPage.replaceAll("/orders/\\d+", "/orders/new"));
    }
}
