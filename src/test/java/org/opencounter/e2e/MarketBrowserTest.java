package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Market reference data in a real browser: securities, the price chart, the calendar, the CSV import. */
class MarketBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void clerkFindsASecurityAndSeesItsChart() {
        browser.login("clerk", DEMO_PASSWORD).go("/market/securities?q=茅台");
        assertThat(browser.text("security-table")).contains("600519", "贵州茅台", "上交所", "主板");
        browser.driver().findElement(By.linkText("600519")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#price-chart canvas")));
        assertThat(browser.text("price-band")).contains("/");
        assertThat(browser.has("#edit-security")).as("clerks cannot edit").isFalse();
        browser.screenshot("security-detail");
        browser.go("/market/securities?board=STAR");
        assertThat(browser.text("security-table")).contains("688981").doesNotContain("600519");
        browser.screenshot("security-list");
    }

    /** The issuer's total shares, against which the surveillance measures the 5% holdings, kept by an admin. */
    @Test
    void adminEntersTheIssuersTotalShares() {
        Long demo = jdbc.sql("select total_shares from market_security where code = '920047'").query(Long.class)
                .single();
        try {
            browser.login("admin", DEMO_PASSWORD).go("/market/securities/920047/edit");
            browser.type("totalShares", "很多").submit("security-save");
            assertThat(browser.text("totalShares-error")).isEqualTo("格式不正确。");
            browser.type("totalShares", "0").submit("security-save");
            assertThat(browser.text("totalShares-error")).isEqualTo("不能小于 1。");
            browser.type("totalShares", "275000000").submit("security-save");
            assertThat(browser.text("total-shares")).isEqualTo("275,000,000");
        } finally {
            jdbc.sql("update market_security set total_shares = ? where code = '920047'").param(demo).update();
        }
    }

    @Test
    void calendarShowsSpringFestivalClosed() {
        browser.login("clerk", DEMO_PASSWORD).go("/market/calendar?month=2026-02");
        assertThat(browser.text("trading-day-count")).contains("14");
        assertThat(browser.text("calendar-table")).contains("春节");
        browser.screenshot("calendar");
    }

    @Test
    void uploadOverTenMegabytesIsRefusedWithAMessage() throws Exception {
        Path big = Files.createTempFile("big", ".csv");
        Files.write(big, new byte[11 * 1024 * 1024]);
        browser.login("admin", DEMO_PASSWORD).go("/market/prices/import");
        browser.driver().findElement(By.id("file")).sendKeys(big.toString());
        browser.submit("import-submit");
        assertThat(browser.text("flash")).contains("超过 10 MB");
        Files.delete(big);
    }

    @Test
    void adminImportsDailyBarsAndSeesLineErrors() throws Exception {
        Path bad = Files.createTempFile("bars", ".csv");
        Files.writeString(bad, """
                code,trade_date,open,high,low,close,prev_close,volume,turnover
                600036,2026-11-02,36.10,36.50,35.90,36.20,36.00,1000,36200.00
                600036,2026-11-01,36.10,36.50,35.90,36.20,36.00,1000,36200.00
                """);
        browser.login("admin", DEMO_PASSWORD).go("/market/prices/import");
        browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
        browser.submit("import-submit");
        assertThat(browser.text("import-problems")).contains("3", "该日期不是交易日");
        browser.screenshot("import-refused");

        Files.writeString(bad, """
                code,trade_date,open,high,low,close,prev_close,volume,turnover
                600036,2026-11-02,36.10,36.50,35.90,36.20,36.00,1000,36200.00
                """);
        browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
        browser.submit("import-submit");
        assertThat(browser.text("import-result")).contains("共 1 行");
    }
}
