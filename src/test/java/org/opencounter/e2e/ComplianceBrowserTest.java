package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * AML monitoring in a real browser: the compliance officer works the demo's alert queue (a dismissal needs its
 * reason), tries a rule's new parameters in shadow (an out-of-range value is refused next to its field), and scans
 * a day again from the scans page, following it to the end.
 */
class ComplianceBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @AfterEach
    void versionOneAgain() {
        jdbc.sql("delete from compliance_alert where rule_version_id in"
                + " (select id from compliance_aml_rule_version where version > 1)").update();
        jdbc.sql("delete from compliance_aml_rule_version where version > 1").update();
        jdbc.sql("update compliance_aml_rule_version set mode = 'ACTIVE', retired_at = null").update();
    }

    @Test
    void theOfficerWorksAnAlertFromTheQueue() {
        long structuring = jdbc.sql("select id from compliance_alert where rule = 'STRUCTURING' and not shadow")
                .query(Long.class).single();

        browser.login("compliance", DEMO_PASSWORD).go("/");
        assertThat(browser.text("home-aml-STRUCTURING")).isEqualTo("1");
        browser.clickCss("#home-aml a");
        assertThat(browser.path()).isEqualTo("/compliance/alerts?rule=LARGE_VALUE");
        browser.go("/compliance/alerts");
        assertThat(browser.text("alert-table")).contains("大额交易", "拆分交易", "资金快进快出", "与客户身份不符");
        assertThat(browser.has("#open-by-rule-chart canvas")).isTrue();
        browser.screenshot("compliance-alerts");

        browser.select("rule", "STRUCTURING").submitCss("form.filter-bar button");
        assertThat(browser.text("alert-table")).contains("拆分交易").doesNotContain("大额交易");
        browser.clickCss("#alert-" + structuring + " a");
        assertThat(browser.text("fact-table")).contains("涉及天数", "3", "接近标准下限", "450,000.00");
        browser.screenshot("compliance-alert");

        browser.submit("dismiss-submit");
        assertThat(browser.text("note-error")).isEqualTo("请填写排除理由");
        browser.type("note", "客户为个体工商户，三笔为分批收回的货款，已核实合同与发票");
        browser.submit("dismiss-submit");
        assertThat(browser.text("alert-status")).isEqualTo("已排除");
        assertThat(browser.text("alert-decision")).contains("compliance", "已核实合同与发票");
    }

    @Test
    void theOfficerTriesNewParametersInShadowAndScansADayAgain() {
        browser.login("compliance", DEMO_PASSWORD).go("/compliance/rules");
        browser.type("LARGE_VALUE-individualTransfer", "0").type("LARGE_VALUE-reason", "试行更低标准");
        browser.submit("submit-LARGE_VALUE");
        assertThat(browser.text("LARGE_VALUE-individualTransfer-error")).contains("须在");

        browser.type("LARGE_VALUE-individualTransfer", "300000").type("LARGE_VALUE-reason", "试行 30 万元标准");
        browser.select("LARGE_VALUE-mode", "SHADOW");
        browser.submit("submit-LARGE_VALUE");
        assertThat(browser.text("flash")).contains("第 2 版");
        assertThat(browser.text("versions-LARGE_VALUE")).contains("影子运行", "试行 30 万元标准", "生效");
        browser.screenshot("compliance-rules");

        String day = jdbc.sql("select max(business_date)::text from compliance_aml_scan").query(String.class).single();
        browser.go("/compliance/scans");
        browser.setValue("day", day);
        browser.submit("scan-submit");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(jdbc.sql(
                "select status from compliance_aml_scan where business_date = cast(? as date)").param(day)
                .query(String.class).single()));
        browser.go("/compliance/scans");
        assertThat(browser.text("scan-" + day)).contains("完成");
        browser.screenshot("compliance-scans");
    }
}
