package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.TestClock;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.TradingDesk;
import org.opencounter.wealth.WealthFixture;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Suitability in a real browser: the account manager takes a client through the questionnaire from the client page
 * (a missing horizon is shown next to its field), checks a fund above the client's category, records the client's
 * confirmation of the warning, and the clerk's buy of that fund then passes; the catalogue reads in English too.
 */
class WealthBrowserTest extends BrowserTest {

    static final String FUND = "512880";
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(FUND);

    @Autowired ApplicationContext context;

    @AfterEach
    void realTimeAndVersionOneAgain() {
        TestClock.INSTANCE.reset();
        new WealthFixture(context, new org.opencounter.clients.ClientsFixture(context)).onlyVersionOne();
    }

    @Test
    void anAdviserAssessesAClientAndRecordsAMismatchsConfirmation() {
        TestClock.INSTANCE.setShanghai("2026-12-15T10:00");
        TradingDesk desk = new TradingDesk(context);
        desk.quietMarket(FUND, "1.105");
        long client = desk.clientWith(461, "100000.00");
        WealthFixture wealth = new WealthFixture(context, desk.fixture());

        browser.login("advisor", DEMO_PASSWORD).go("/clients/" + client);
        assertThat(browser.text("category-none")).isEqualTo("未测评");
        browser.clickCss("#panel-assess");
        for (Map.Entry<Long, Long> answer : wealth.answersScoring(45).entrySet()) {
            browser.clickCss("input[name='answers[" + answer.getKey() + "]'][value='" + answer.getValue() + "']");
        }
        browser.clickCss("input[name=varieties][value=EQUITY]");
        browser.submit("assessment-submit");
        assertThat(browser.text("horizon-error")).isEqualTo("请选择客户的拟投资期限。");

        browser.select("horizon", "MEDIUM");
        browser.submit("assessment-submit");
        assertThat(browser.text("flash")).contains("45 分", "C3");
        assertThat(browser.text("category-badge")).isEqualTo("C3 稳健型");
        browser.screenshot("wealth-assessment");

        browser.go("/wealth/clients/" + client + "/suitability");
        browser.select("productId", String.valueOf(wealth.productId(FUND)));
        browser.submit("suitability-submit");
        assertThat(browser.text("verdict-fit")).isEqualTo("不匹配，须风险警示确认");
        assertThat(browser.text("verdict-reasons")).contains("产品风险等级 R4 高于客户风险承受能力 C3 可承受的 R3");
        browser.clickCss("#acknowledged");
        browser.type("recordingRef", "SL-20261215-001");
        browser.submit("confirmation-submit");
        assertThat(browser.text("confirmation-done")).contains("advisor", "SL-20261215-001");
        browser.screenshot("wealth-verdict-confirmed");

        assertThat(desk.place(client, FUND, org.opencounter.orders.Side.BUY, 1000, "1.105").rejected()).isFalse();
    }

    @Test
    void anAdviserRecordsTheHouseholdAndAGoal() {
        TestClock.INSTANCE.setShanghai("2026-12-15T10:00");
        long client = new TradingDesk(context).clientWith(462, "100000.00");

        browser.login("advisor", DEMO_PASSWORD).go("/clients/" + client);
        browser.clickCss("#panel-needs");
        browser.type("annualIncome", "300000").type("annualExpenses", "180000").type("cashDeposits", "120000")
                .type("fixedIncome", "200000").type("equity", "180000").type("realEstate", "3000000")
                .type("mortgage", "1200000").type("otherLiabilities", "50000").type("dependentChildren", "1");
        browser.select("marital", "MARRIED");
        browser.submit("household-save");
        assertThat(browser.text("stage-effective")).isEqualTo("家庭成长期");
        assertThat(browser.text("net-worth")).isEqualTo("2,250,000.00");
        assertThat(browser.text("reserve-months")).isEqualTo("8 个月");

        browser.select("kind", "EDUCATION").type("targetAmount", "600000");
        browser.setValue("targetDate", "2040-09-01");
        browser.submit("goal-add");
        assertThat(browser.text("goal-table")).contains("子女教育", "600,000.00", "2040-09-01");
        browser.screenshot("wealth-needs");
    }

    @Test
    void complianceDraftsANewQuestionnaireVersionAndASecondOfficerActivatesIt() {
        browser.login("compliance", DEMO_PASSWORD).go("/wealth/questionnaires");
        browser.clickCss("#questionnaire-table a");
        browser.submit("draft-button");
        assertThat(browser.text("flash")).contains("已起草新版本");
        browser.type("band-C3", "21");
        browser.submit("save-questionnaire");
        assertThat(browser.text("band-C3-error")).isEqualTo("最低分须高于上一类别的 21 分。");
        browser.type("band-C3", "40").type("validityMonths", "12");
        browser.screenshot("wealth-questionnaire-editor");
        browser.submit("save-questionnaire");
        assertThat(browser.text("flash")).contains("问卷草稿已保存");
        assertThat(browser.text("band-table")).contains("21 – 39", "40 – 53");
        browser.submit("activate-button");
        assertThat(browser.text("awaiting-activation")).contains("compliance");
        browser.logout();

        browser.login("compliance2", DEMO_PASSWORD).go("/approvals");
        browser.submitCss("#inbox-table .approve");
        assertThat(browser.text("flash")).contains("已批准");
        browser.go("/wealth/questionnaires");
        assertThat(browser.text("questionnaire-table")).contains("v2", "启用中", "v1", "已停用");
        browser.screenshot("wealth-questionnaires");
    }

    @Test
    void aClerkTakesAComplaintAndSeesItThroughToTheCallback() {
        TestClock.INSTANCE.setShanghai("2026-11-30T10:00");
        long client = new TradingDesk(context).clientWith(463, "100000.00");

        browser.login("clerk", DEMO_PASSWORD).go("/clients/" + client);
        browser.clickCss("#panel-complaint");
        browser.select("channel", "PHONE").select("category", "FEES");
        browser.submit("complaint-submit");
        assertThat(browser.text("description-error")).isEqualTo("此项为必填项。");
        browser.type("description", "佣金高于约定的万分之二");
        browser.submit("complaint-submit");
        assertThat(browser.text("flash")).contains("2026-12-01", "2026-12-15");
        browser.submit("acknowledge-button");
        browser.type("note-text", "已调取成交记录核对费率");
        browser.submit("note-button");
        browser.type("close-root-cause", "费率调整未生效").type("close-text", "已按约定费率重算并退还差额")
                .type("close-compensation", "35.20");
        browser.submit("close-button");
        assertThat(browser.text("complaint-status")).isEqualTo("已办结");
        browser.select("callback-satisfaction", "SATISFIED");
        browser.submit("callback-button");
        assertThat(browser.text("complaint-satisfaction")).isEqualTo("满意");
        assertThat(browser.text("complaint-history")).contains("登记", "确认受理", "调查记录", "办结", "回访");
        browser.screenshot("wealth-complaint");

        browser.logout().login("manager", DEMO_PASSWORD).go("/wealth/complaints/statistics");
        assertThat(Integer.parseInt(browser.text("stat-received"))).isPositive();
        browser.screenshot("wealth-complaint-statistics");
    }

    @Test
    void theCatalogueReadsInEnglish() {
        browser.login("clerk", DEMO_PASSWORD).go("/wealth/products?type=LISTED_FUND&lang=en");
        assertThat(browser.text("product-table")).contains("Listed fund", "CSI 300 ETF", "Medium risk");
        browser.screenshot("wealth-products-en");
        browser.go("/wealth/products?lang=zh_CN");
    }
}
