package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opencounter.TestClock;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.opencounter.orders.exchange.ExchangeTradeFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The trading day in a real browser: the clerk enters an order, sees it fill on the blotter and the client's
 * holdings and cash change; operations settle the day after the close and find the trades reconciled; the clerk
 * downloads the client's statement.
 */
class OrdersBrowserTest extends BrowserTest {

    static final String CODE = "600036";
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);

    @Autowired ApplicationContext context;
    @Autowired ExchangeTradeFile tradeFiles;

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void anOrderFillsSettlesAndShowsOnTheStatement() throws Exception {
        TestClock.INSTANCE.setShanghai("2026-12-15T10:00");
        TradingDesk desk = new TradingDesk(context);
        desk.quietMarket(CODE, "10.00");
        java.nio.file.Files.deleteIfExists(tradeFiles.path(java.time.LocalDate.of(2026, 12, 15)));
        long client = desk.clientWith(341, "100000.00");
        String account = desk.fundAccount(client);

        browser.login("clerk", DEMO_PASSWORD).go("/clients/" + client);
        browser.clickCss("#orders-panel a.btn-primary");
        browser.type("code", CODE).type("price", "10.00").type("quantity", "1000");
        browser.driver().findElement(By.cssSelector("input[name=side][value=BUY]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("preview-total"), "10,005.10"));
        assertThat(browser.text("preview-available")).isEqualTo("100,000.00");
        browser.screenshot("order-entry");
        browser.submit("order-submit");
        assertThat(browser.text("flash")).contains("已报送交易所");

        browser.go("/orders?account=" + account);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("orders-table"), "已成交"));
        assertThat(browser.text("trades-table")).contains(CODE, "1,000", "10.00");
        browser.screenshot("blotter-filled");

        browser.go("/clients/" + client);
        assertThat(browser.text("holdings-table")).contains(CODE, "1,000");
        assertThat(browser.text("cash-available")).isEqualTo("89,994.90");

        TestClock.INSTANCE.setShanghai("2026-12-15T15:45");
        browser.logout().login("ops", DEMO_PASSWORD).go("/orders/settlement");
        browser.setValue("tradeDate", "2026-12-15");
        browser.submit("settle-button");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".settlement-COMPLETED")));
        browser.screenshot("settlement-completed");
        browser.submit("reconcile-link");
        assertThat(browser.text("reconciliation-clean")).contains("2026-12-15");
        browser.screenshot("reconciliation");

        browser.logout().login("clerk", DEMO_PASSWORD).go("/clients/" + client);
        browser.clickCss("#orders-panel a[href*='/orders/statements']");
        assertThat(browser.driver().findElement(By.id("date")).getAttribute("value")).isEqualTo("2026-12-15");
        assertThat(browser.text("statement-client")).isNotBlank();
        browser.screenshot("statements");
        String text = pdfText(browser.driver().findElement(By.id("statement-form")).getAttribute("action")
                + "?account=" + account + "&date=2026-12-15");
        assertThat(text).contains("客户日对账单", account, "100,000.00", "-10,005.10", "89,994.90", "招商银行");
    }

    /** Downloads a PDF in the signed-in browser session and reads its text. */
    private String pdfText(String url) throws Exception {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.ok && r.headers.get('Content-Type') === 'application/pdf'
                        ? r.arrayBuffer() : Promise.reject(r.status + ' ' + r.headers.get('Content-Type')))
                    .then(bytes => { let s = ''; new Uint8Array(bytes).forEach(b => s += String.fromCharCode(b));
                        done(btoa(s)); })
                    .catch(e => done('failed: ' + e));""", url);
        assertThat(String.valueOf(base64)).doesNotStartWith("failed");
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(String.valueOf(base64)))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void anAccountManagerProposesACommissionRateWithinTheBounds() {
        browser.login("advisor", DEMO_PASSWORD).go("/clients?status=ACTIVE");
        browser.clickCss("#client-table tbody tr a");
        browser.click("panel-commission");
        assertThat(browser.text("commission-rate")).isEqualTo("0.025%");
        browser.type("ratePercent", "0.001").type("reason", "客户要求万一以下");
        browser.submit("commission-submit");
        assertThat(browser.text("ratePercent-error")).contains("0.00541%", "0.3%");
        browser.type("ratePercent", "0.02").type("reason", "资产超过100万，申请万二");
        browser.submit("commission-submit");
        assertThat(browser.text("flash")).contains("待营业部负责人复核");
        assertThat(browser.text("commission-pending")).contains("0.02%");
        assertThat(browser.text("commission-changes")).contains("默认费率", "0.02%", "待复核");
        browser.screenshot("commission");
    }
}
