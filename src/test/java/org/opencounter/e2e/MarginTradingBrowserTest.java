package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.TestClock;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Credit trading in a real browser: the clerk opens a margin client's credit account from the client page, moves
 * 100,000 of collateral cash and 2,000 shares from the ordinary account in (one try too many), enters a financing buy
 * of 1,000 × 10.00 on the order ticket (which shows the contract, the margin available and the line), and finds the
 * fill as a financing debt of 10,005.10 on the credit account.
 */
class MarginTradingBrowserTest extends BrowserTest {

    static final String CODE = "600036";
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aFinancingBuyFromTheOrderTicketBecomesADebtOnTheCreditAccount() {
        MarginFixture margin = new MarginFixture(context);
        margin.financingTarget(CODE);
        MarginContract contract = margin.contract(360, "800000");
        TradingDesk desk = new TradingDesk(context);
        desk.quietMarket(CODE, "10.00");
        desk.holds(contract.clientId(), CODE, 2000, "19000.00");

        browser.login("clerk", DEMO_PASSWORD).go("/clients/" + contract.clientId());
        browser.click("panel-credit-account");
        browser.select("operation", "TRANSFER_IN").type("amount", "100000");
        browser.submit("cash-submit");
        assertThat(browser.text("flash")).contains("100,000.00");
        assertThat(browser.text("account-available")).isEqualTo("100,000.00");
        assertThat(browser.text("account-margin-available")).isEqualTo("100,000.00");

        browser.select("shareOperation", "COLLATERAL_IN").type("code", CODE).type("quantity", "3000");
        browser.submit("shares-submit");
        assertThat(browser.text("quantity-error")).contains("2,000");
        browser.type("quantity", "2000");
        browser.submit("shares-submit");
        // 2,000 × 10.00 at 70%: 14,000 more margin available
        assertThat(browser.text("account-margin-available")).isEqualTo("114,000.00");
        assertThat(browser.text("holdings-table")).contains(CODE, "2,000");

        browser.click("credit-order-link");
        browser.select("creditTrade", "FINANCING_BUY");
        browser.type("code", CODE).type("price", "10.00").type("quantity", "1000");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("preview-total"), "10,005.10"));
        assertThat(browser.text("preview-contract")).isEqualTo(contract.number());
        assertThat(browser.text("preview-line-available")).isEqualTo("800,000.00");
        browser.screenshot("credit-order-entry");
        browser.submit("order-submit");
        assertThat(browser.text("order-side")).isEqualTo("融资买入");
        String orderPage = browser.path();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> {
            browser.go(orderPage);
            return browser.text("order-status").equals("已成交");
        });

        browser.go("/margin/accounts/" + contract.id());
        assertThat(browser.text("debts-table")).contains("融资", CODE, "1,000", "10,005.10");
        assertThat(browser.text("holdings-table")).contains(CODE, "3,000");
        assertThat(browser.text("account-line-available")).isEqualTo("789,994.90");
        browser.screenshot("credit-account");
    }
}
