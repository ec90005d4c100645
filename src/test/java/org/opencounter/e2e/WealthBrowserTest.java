package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

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
import org.springframework.jdbc.core.simple.JdbcClient;

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
    void anInstitutionAnswersItsOwnQuestionnaireAndGetsAPlanFromTheInstitutionsModel() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long institution = jdbc.sql("""
                        select min(c.id) from clients_client c join platform_branch b on b.id = c.branch_id
                        where c.kind = 'INSTITUTION' and c.status = 'ACTIVE' and b.code = 'SH01'""")
                .query(Long.class).single();
        WealthFixture wealth = new WealthFixture(context, new org.opencounter.clients.ClientsFixture(context));
        var questionnaire = wealth.questionnaire(org.opencounter.wealth.assessment.QuestionnaireAudience.INSTITUTION);

        browser.login("advisor", DEMO_PASSWORD).go("/wealth/clients/" + institution + "/assessment");
        assertThat(browser.pageText()).contains("机构投资者风险承受能力评估问卷", "贵机构最近一年末的净资产")
                .doesNotContain("您的年龄");
        for (Map.Entry<Long, Long> answer : WealthFixture.answersScoring(questionnaire, 45).entrySet()) {
            browser.clickCss("input[name='answers[" + answer.getKey() + "]'][value='" + answer.getValue() + "']");
        }
        browser.clickCss("input[name=varieties][value=FIXED_INCOME]");
        browser.select("horizon", "LONG");
        browser.submit("assessment-submit");
        assertThat(browser.text("flash")).contains("45 分", "C3");
        browser.screenshot("wealth-assessment-institution");

        browser.go("/wealth/clients/" + institution + "/plan");
        assertThat(browser.text("plan-basis")).contains("C3", "机构客户");
        browser.submit("plan-submit");
        assertThat(browser.text("flash")).contains("%");
        browser.screenshot("wealth-plan-institution");
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

    private int count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    @Test
    void complianceDraftsANewQuestionnaireVersionAndASecondOfficerActivatesIt() {
        browser.login("compliance", DEMO_PASSWORD).go("/wealth/questionnaires");
        browser.clickCss("#questionnaire-table a");
        browser.submit("draft-button");
        assertThat(browser.text("flash")).contains("已起草新版本");
        int questions = count(".question");
        browser.submit("add-question");
        assertThat(count(".question")).as("a question added").isEqualTo(questions + 1);
        browser.submitCss("#draft-question-" + questions + " button[value='removeQuestion:" + questions + "']");
        assertThat(count(".question")).as("and removed again").isEqualTo(questions);
        int options = count("#draft-question-0 input[name$='.score']");
        browser.submitCss("#draft-question-0 button[value='addOption:0']");
        assertThat(count("#draft-question-0 input[name$='.score']")).isEqualTo(options + 1);
        browser.submitCss("#draft-question-0 button[value='removeOption:0:" + options + "']");
        assertThat(count("#draft-question-0 input[name$='.score']")).isEqualTo(options);
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
    void anAdviserMakesAnAllocationPlanFromTheModelAndReviewsTheDrift() {
        TradingDesk desk = new TradingDesk(context);
        long client = desk.clientWith(464, "100000.00");
        WealthFixture wealth = new WealthFixture(context, desk.fixture());
        wealth.assess(client, 45, org.opencounter.wealth.InvestmentHorizon.LONG,
                java.util.EnumSet.allOf(org.opencounter.wealth.InvestmentVariety.class));
        org.opencounter.wealth.needs.HouseholdForm household = new org.opencounter.wealth.needs.HouseholdForm();
        household.setAnnualIncome(new java.math.BigDecimal("300000"));
        household.setAnnualExpenses(new java.math.BigDecimal("150000"));
        household.setMarital(org.opencounter.wealth.needs.MaritalStatus.MARRIED);
        desk.fixture().as("advisor", () -> context.getBean(org.opencounter.wealth.needs.NeedsAnalysis.class)
                .save(client, household));

        browser.login("advisor", DEMO_PASSWORD).go("/clients/" + client);
        browser.clickCss("#panel-plan");
        assertThat(browser.text("plan-basis")).contains("C3", "家庭形成期", "5.01%", "9.51%");
        browser.submit("plan-submit");
        assertThat(browser.text("flash")).contains("5.01%", "9.51%");
        assertThat(browser.text("drift-warning")).contains("5 个百分点");
        browser.type("review-conclusion", "建议分批买入债券基金和宽基指数基金");
        browser.submit("review-submit");
        assertThat(browser.text("review-table")).contains("90.00 pp", "需再平衡");
        assertThat(browser.has("#plan-pdf-zh")).isTrue();
        browser.screenshot("wealth-plan");
    }

    @Test
    void anAdviserSellsAWealthProductAndBuysPartOfItBack() {
        TradingDesk desk = new TradingDesk(context);
        long client = desk.clientWith(465, "100000.00");
        new WealthFixture(context, desk.fixture()).assess(client, 45, org.opencounter.wealth.InvestmentHorizon.LONG,
                java.util.EnumSet.allOf(org.opencounter.wealth.InvestmentVariety.class));

        browser.login("advisor", DEMO_PASSWORD).go("/clients/" + client);
        browser.clickCss("#panel-products");
        browser.select("productId", String.valueOf(new WealthFixture(context, desk.fixture()).productId("WM2026A01")));
        browser.type("amount", "5000");
        browser.submit("subscribe-submit");
        assertThat(browser.text("flash")).contains("10,000.00");
        browser.type("amount", "20000");
        browser.select("productId", String.valueOf(new WealthFixture(context, desk.fixture()).productId("WM2026A01")));
        browser.submit("subscribe-submit");
        assertThat(browser.text("product-holdings")).contains("WM2026A01", "20000.0000");
        browser.type("redeem-units-WM2026A01", "5000");
        browser.submit("redeem-WM2026A01");
        assertThat(browser.text("flash")).contains("5,000.00");
        assertThat(browser.text("products-total")).isEqualTo("15,000.00");
        assertThat(browser.text("product-orders")).contains("到账");
        browser.screenshot("wealth-products-held");
        assertThat(desk.balances(client).available()).as("a wealth product pays T+1")
                .isEqualByComparingTo("80000.00");
        java.time.LocalDate due = context.getBean(org.opencounter.market.TradingCalendar.class).next(
                context.getBean(org.opencounter.market.TradingCalendar.class).today());
        context.getBean(org.opencounter.wealth.sales.RedemptionSettlement.class).settle(due);
        assertThat(desk.balances(client).available()).isEqualByComparingTo("85000.00");
        browser.go("/clients/" + client);
        assertThat(browser.text("panel-products-value")).isEqualTo("15,000.00");
    }

    @Test
    void aBranchManagerSetsATargetAndSeesItsProgress() {
        TestClock.INSTANCE.setShanghai("2026-12-15T10:00");
        browser.login("manager", DEMO_PASSWORD).go("/wealth/targets");
        browser.type("target-period", "2026-Q4");
        browser.clickCss("#forBranch");
        browser.select("metric", "NEW_CLIENTS");
        browser.type("target", "30");
        browser.submit("target-submit");
        assertThat(browser.text("flash")).contains("目标已保存");
        assertThat(browser.text("target-table")).contains("上海陆家嘴营业部", "2026-Q4", "新开户数", "30");
        assertThat(browser.has("#target-chart")).isTrue();
        browser.screenshot("wealth-targets");
    }

    @Test
    void aBranchManagerSetsUpACampaignAndFollowsALeadUp() {
        TestClock.INSTANCE.setShanghai("2026-12-15T10:00");
        browser.login("manager", DEMO_PASSWORD).go("/wealth/campaigns");
        browser.type("name", "年末稳健理财季");
        browser.setValue("startsOn", "2026-12-01").setValue("endsOn", "2026-12-31");
        browser.select("channel", "PHONE").select("minCategory", "C2");
        browser.type("minAssets", "0");
        browser.clickCss("#campaign-product-WM2026A01");
        browser.submit("campaign-submit");
        assertThat(browser.text("flash")).contains("年末稳健理财季");
        assertThat(Integer.parseInt(browser.text("result-leads"))).isPositive();
        browser.submitCss("#lead-table button[value=CONTACTED]");
        assertThat(browser.text("result-contacted")).isEqualTo("1");
        browser.screenshot("wealth-campaign");
    }

    @Test
    void anAdviserRecordsAClientsAcknowledgementOfARiskDisclosure() {
        long client = new TradingDesk(context).clientWith(466, "100000.00");

        browser.login("advisor", DEMO_PASSWORD).go("/clients/" + client);
        browser.clickCss("#panel-disclosures");
        assertThat(browser.text("disclosure-table")).contains("证券投资基金投资风险揭示书", "未确认");
        browser.submit("acknowledge-RD-FUNDS");
        assertThat(browser.text("flash")).contains("已记录客户的确认");
        assertThat(browser.text("disclosure-table")).contains("已于");
        browser.screenshot("wealth-disclosures");
    }

    @Test
    void aWealthAdviserAdjustsAModelAllocation() {
        browser.login("wealth", DEMO_PASSWORD).go("/wealth/models");
        assertThat(browser.text("model-table")).contains("C3 稳健型", "家庭形成期");
        browser.screenshot("wealth-models");
    }

    @Test
    void complianceUploadsAProductDocumentNextToItsFactSheet() throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long product = jdbc.sql("select min(id) from wealth_product").query(Long.class).single();
        Path contract = Files.createTempFile("fund-contract", ".pdf");
        Files.write(contract, jdbc.sql("select content from platform_file order by id limit 1").query(byte[].class)
                .single());
        Path notes = Files.createTempFile("notes", ".pdf");
        Files.writeString(notes, "not a pdf at all");

        browser.login("compliance", DEMO_PASSWORD).go("/wealth/products/" + product);
        assertThat(browser.text("documents-table")).contains("产品资料概要");
        browser.select("kind", "OTHER").attach("file", notes).submit("document-submit");
        assertThat(browser.text("file-error")).contains("不是 PDF、Word、Excel、PNG 或 JPEG 文件");

        browser.select("kind", "CONTRACT").type("title", "基金合同（2026年修订）").attach("file", contract)
                .submit("document-submit");
        assertThat(browser.text("documents-table")).contains("产品合同", "基金合同（2026年修订）",
                contract.getFileName().toString());
        browser.screenshot("wealth-product-documents");
        Files.delete(contract);
        Files.delete(notes);
    }

    @Test
    void theCatalogueReadsInEnglish() {
        browser.login("clerk", DEMO_PASSWORD).go("/wealth/products?type=LISTED_FUND&lang=en");
        assertThat(browser.text("product-table")).contains("Listed fund", "CSI 300 ETF", "Medium risk");
        browser.screenshot("wealth-products-en");
        browser.go("/wealth/products?lang=zh_CN");
    }
}
