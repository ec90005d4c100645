package org.opencounter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencounter.compliance.ComplianceFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * AML monitoring in a real browser: the compliance officer opens a case from an alert of the demo's queue, adds a
 * note with an attachment and asks for a report's review (the reason is required next to its field); a second
 * officer approves a filing in the inbox and the submission is recorded; rules get new parameters in shadow (an
 * out-of-range value is refused next to its field), and a day is scanned again from the scans page. A sanctions
 * list's new version is imported from CSV, its hit confirmed, and the client's account is frozen. The restricted list,
 * an insider project and the staff registry are kept from their pages. Marketing material promising returns is
 * returned by the reviewer, revised by its author, approved and published. A regulation sends its policy owner a
 * task; the owner revises the policy and staff acknowledge the change.
 */
class ComplianceBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @AfterEach
    void versionOneAgain() {
        ComplianceFixture.onlyVersionOne(jdbc);
    }

    @Test
    void theOfficerOpensACaseFromAnAlertAndAsksForTheReportsReview() throws Exception {
        long open = jdbc.sql("select count(*) from compliance_alert where rule = 'LARGE_VALUE' and status = 'OPEN'"
                + " and not shadow").query(Long.class).single();
        long alert = jdbc.sql("select max(id) from compliance_alert where rule = 'LARGE_VALUE' and status = 'OPEN'"
                + " and not shadow").query(Long.class).single();
        Path statement = Files.createTempFile("bank-statement", ".pdf");
        Files.write(statement, jdbc.sql("select content from platform_file order by id limit 1").query(byte[].class)
                .single());

        browser.login("compliance", DEMO_PASSWORD).go("/");
        assertThat(browser.text("home-aml-LARGE_VALUE")).isEqualTo(String.valueOf(open));
        browser.go("/compliance/alerts");
        assertThat(browser.text("alert-table")).contains("大额交易", "休眠账户突然启用");
        assertThat(browser.has("#open-by-rule-chart canvas")).isTrue();
        browser.screenshot("compliance-alerts");

        browser.select("rule", "LARGE_VALUE").submitCss("form.filter-bar button");
        assertThat(browser.text("alert-table")).contains("大额交易").doesNotContain("休眠账户突然启用");
        browser.clickCss("#alert-" + alert + " a");
        assertThat(browser.text("fact-table")).contains("合计", "标准", "500,000.00");
        browser.screenshot("compliance-alert");
        browser.submit("case-submit");
        assertThat(browser.text("case-status")).isEqualTo("调查中");
        assertThat(browser.text("case-alerts")).contains(String.valueOf(alert));

        browser.type("body", "调取客户近三个月银行流水，资金来自其名下另一银行账户").attach("file", statement);
        browser.submit("note-submit");
        assertThat(browser.text("note-list")).contains("调取客户近三个月银行流水", statement.getFileName().toString());

        browser.select("reportKind", "LARGE_VALUE");
        browser.submit("filing-submit");
        assertThat(browser.text("filingReason-error")).isEqualTo("请填写理由");
        browser.select("reportKind", "LARGE_VALUE").type("filingReason", "当日转入达到大额交易报告标准");
        browser.submit("filing-submit");
        assertThat(browser.text("case-status")).isEqualTo("待复核报送");
        browser.screenshot("compliance-case");
        Files.delete(statement);
    }

    @Test
    void aSecondOfficerApprovesTheFilingAndTheSubmissionIsRecorded() {
        long kase = jdbc.sql("select id from compliance_case where status = 'FILING'").query(Long.class).single();

        browser.login("compliance2", DEMO_PASSWORD).go("/approvals");
        browser.submitCss("#inbox-table .approve");
        assertThat(browser.text("flash")).contains("已批准");
        browser.go("/compliance/cases/" + kase);
        assertThat(browser.text("case-status")).isEqualTo("已报告");
        assertThat(browser.text("case-report")).contains("compliance", "compliance2");
        assertThat(browser.has("#report-download")).isTrue();

        browser.submit("submitted-submit");
        assertThat(browser.text("receipt-error")).isEqualTo("请填写回执号");
        browser.type("receipt", "CAMLMAC-20261208-0002");
        browser.submit("submitted-submit");
        assertThat(browser.text("report-submitted")).contains("compliance2", "CAMLMAC-20261208-0002");
        browser.go("/compliance/cases");
        assertThat(browser.text("case-table")).contains("已报告", "调查中", "已排除");
        browser.screenshot("compliance-cases");

        long reported = jdbc.sql("select client_id from compliance_case where id = ?").param(kase)
                .query(Long.class).single();
        browser.go("/compliance/ratings");
        assertThat(browser.text("raise-" + reported)).contains("高", "近 12 个月已报送报告");
        browser.submit("raise-submit-" + reported);
        assertThat(browser.text("reason-" + reported + "-error")).isEqualTo("请填写调整理由");
        browser.type("reason-" + reported, "已报送可疑交易报告");
        browser.submit("raise-submit-" + reported);
        assertThat(browser.text("high-table")).contains(jdbc.sql("select name from clients_client where id = ?")
                .param(reported).query(String.class).single());
        browser.screenshot("compliance-ratings");
    }

    @Test
    void theSurveillanceFindsTheDemoTradingPatternsAndItsRulesAreVersionedLikeTheAmlOnes() {
        browser.login("compliance", DEMO_PASSWORD).go("/compliance/alerts?rule=LIMIT_PUSH");
        assertThat(browser.text("alert-table")).contains("拉抬打压至涨跌停").doesNotContain("大额交易");
        browser.clickCss("#alert-table tbody tr a");
        assertThat(browser.text("fact-table")).contains("600900 长江电力", "涨停价买入", "涨跌停价", "100%");
        browser.screenshot("compliance-surveillance-alert");

        browser.go("/compliance/alerts?rule=HOLDING_THRESHOLD&status=DISMISSED");
        browser.clickCss("#alert-table tbody tr a");
        assertThat(browser.text("fact-table")).contains("920047", "5.06%", "三日内报告并停止买卖");

        browser.go("/compliance/alerts?rule=SELF_TRADE&status=ALL");
        assertThat(browser.text("alert-table")).contains("自买自卖");

        browser.go("/compliance/alerts?rule=FREQUENT_CHANGES");
        assertThat(browser.text("alert-table")).contains("频繁变更客户资料", "—").doesNotContain("0.00");
        browser.clickCss("#alert-table tbody tr a");
        assertThat(browser.text("fact-table")).contains("变更次数", "手机号变更", "银行卡变更");

        browser.go("/compliance/alerts?rule=RELATED_WASH");
        browser.clickCss("#alert-table tbody tr a");
        assertThat(browser.text("fact-table")).contains("000001 平安银行", "关联客户", "同一手机号");
        browser.screenshot("compliance-related-wash-alert");

        browser.go("/compliance/rules");
        assertThat(browser.text("source-SURVEILLANCE")).isEqualTo("交易监控");
        browser.type("FREQUENT_CANCEL-minCancelRatio", "1.5").type("FREQUENT_CANCEL-reason", "更严格");
        browser.submit("submit-FREQUENT_CANCEL");
        assertThat(browser.text("FREQUENT_CANCEL-minCancelRatio-error")).contains("须在");
        browser.type("FREQUENT_CANCEL-minCancelRatio", "0.4").type("FREQUENT_CANCEL-reason", "撤单比例降至四成试运行");
        browser.select("FREQUENT_CANCEL-mode", "SHADOW");
        browser.submit("submit-FREQUENT_CANCEL");
        assertThat(browser.text("versions-FREQUENT_CANCEL")).contains("影子运行", "撤单比例降至四成试运行");
        browser.screenshot("compliance-surveillance-rules");
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

    @Test
    void theOfficerImportsASanctionsListAndConfirmsAHitWhichFreezesTheAccount() throws Exception {
        var client = jdbc.sql("""
                        select c.id, c.name, c.birth_date from clients_client c
                        join clients_fund_account f on f.client_id = c.id join platform_branch b on b.id = c.branch_id
                        where b.code = 'SH01' and c.kind = 'INDIVIDUAL' and f.status = 'ACTIVE'
                            and c.birth_date is not null
                            and not exists (select 1 from compliance_screening_hit h where h.client_id = c.id)
                        order by c.id desc limit 1""").query().singleRow();
        long clientId = ((Number) client.get("id")).longValue();
        java.util.List<String> words = org.opencounter.compliance.screening.ScreenedName.of((String) client.get("name"))
                .words();
        // the surname in capitals and the given name after it, as foreign lists write a Chinese name
        String spelled = words.get(0).toUpperCase(java.util.Locale.ROOT) + " " + String.join(" ", words.subList(1,
                words.size()));
        Path csv = Files.createTempFile("sanctions", ".csv");
        Files.writeString(csv, "reference,name,aliases,id_number,birth,nationality,note\n"
                + "E2E-1," + spelled + ",,," + client.get("birth_date") + ",CN,测试名单\n"
                + "E2E-2,Ivan PETROV,,,1968-04-12,RU,资产冻结\n");

        browser.login("compliance", DEMO_PASSWORD).go("/compliance/screening/lists");
        assertThat(browser.text("list-SANCTIONS")).contains("v1");
        browser.attach("file", csv).submit("import-submit");
        assertThat(browser.text("kind-error")).isEqualTo("请选择名单类别");
        browser.select("kind", "SANCTIONS").attach("file", csv).submit("import-submit");
        assertThat(browser.text("flash")).contains("第 2 版已导入", "2 个条目");
        assertThat(browser.text("entry-table")).contains("E2E-1", spelled);
        browser.go("/compliance/screening/lists");
        browser.screenshot("compliance-watch-lists");

        long hit = jdbc.sql("select id from compliance_screening_hit where client_id = ? and status = 'OPEN'")
                .param(clientId).query(Long.class).single();
        browser.go("/compliance/screening/hits?kind=SANCTIONS");
        assertThat(browser.text("hit-" + hit)).contains((String) client.get("name"), spelled, "1.000", "姓名相似",
                "出生日期一致");
        assertThat(browser.has("#open-by-kind-chart canvas")).isTrue();
        browser.screenshot("compliance-screening-hits");
        browser.clickCss("#hit-" + hit + " a");
        assertThat(browser.text("entry-facts")).contains("E2E-1", client.get("birth_date").toString());
        browser.submit("confirm-submit");
        assertThat(browser.text("note-error")).isEqualTo("请填写复核意见");
        browser.type("note", "出生日期与名单一致，经核实为名单所列人员");
        browser.submit("confirm-submit");
        assertThat(browser.text("hit-status")).isEqualTo("已确认");
        assertThat(browser.text("flash")).contains("资金账户已冻结");
        browser.screenshot("compliance-screening-hit");
        browser.go("/clients/" + clientId);
        assertThat(browser.pageText()).contains("名单冻结");

        browser.go("/compliance/screening/check");
        browser.type("name", "Ivan Petrov").submit("check-submit");
        assertThat(browser.text("match-table")).contains("E2E-2", "1.000");
        browser.screenshot("compliance-screening-check");
        Files.delete(csv);
    }

    @Test
    void theOfficerKeepsTheRestrictedAndInsiderListsAndTheStaffRegistry() {
        browser.login("compliance", DEMO_PASSWORD).go("/compliance/restrictions");
        assertThat(browser.text("restriction-table")).contains("601318", "生效中", "002415", "观察名单");
        browser.type("securityCode", "999999").type("reason", "测试").submit("restriction-submit");
        assertThat(browser.text("securityCode-error")).isEqualTo("证券代码 999999 不存在");
        browser.type("securityCode", "600900").select("scope", "ALL_CLIENTS").type("reason", "本公司担任其定向增发主承销商");
        browser.submit("restriction-submit");
        assertThat(browser.text("flash")).contains("600900 已加入名单");
        long entry = jdbc.sql("select max(id) from compliance_restricted_security").query(Long.class).single();
        assertThat(browser.text("restriction-" + entry)).contains("全部客户", "生效中");
        browser.screenshot("compliance-restrictions");
        browser.submit("lift-" + entry);
        assertThat(browser.has("#liftReason-" + entry + ".is-invalid")).isTrue();
        browser.type("liftReason-" + entry, "录入有误").submit("lift-" + entry);
        assertThat(browser.text("flash")).contains("600900 已解除");

        long deal = jdbc.sql("select id from compliance_insider_project where security_code = '601318'")
                .query(Long.class).single();
        browser.go("/compliance/insiders");
        browser.clickCss("#project-" + deal + " a");
        assertThat(browser.text("project-facts")).contains("601318");
        assertThat(browser.text("people-table")).contains("外部财务顾问", "孙合规");
        browser.type("personName", "新律师").type("idNumber", "12-34").type("role", "法律顾问").submit("person-submit");
        assertThat(browser.text("idNumber-error")).isEqualTo("证件号码须为 8 至 32 位字母或数字");
        browser.type("idNumber", "110101198507070031").submit("person-submit");
        assertThat(browser.text("people-table")).contains("新律师", "1101**********0031");
        browser.screenshot("compliance-insider");

        browser.go("/compliance/staff?show=CERTIFICATE_DUE");
        assertThat(browser.text("staff-table")).contains("陈客户经理", "已过期", "林客户经理", "90 天内到期");
        browser.screenshot("compliance-staff");
        browser.go("/compliance/staff/accounts");
        assertThat(browser.text("linked-table")).contains("张柜员", "员工本人持有账户", "员工为亲属账户提供服务");
        browser.screenshot("compliance-staff-accounts");
        browser.clickCss("#linked-table td:nth-child(3) a");
        browser.type("hours", "2.5").setValue("heldOn", "2026-12-01").submit("training-submit");
        assertThat(browser.text("course-error")).isEqualTo("请填写课程名称");
        browser.type("course", "投资者适当性新规").type("hours", "2.5").setValue("heldOn", "2026-12-01");
        browser.submit("training-submit");
        assertThat(browser.text("flash")).contains("培训已登记");
        assertThat(browser.text("training-table")).contains("投资者适当性新规");
    }

    @Test
    void marketingMaterialIsReturnedForAPromiseOfReturnsThenApprovedAndPublished() {
        browser.login("wealth", DEMO_PASSWORD).go("/compliance/disclosures/new");
        browser.type("title", "春季理财节海报").submit("disclosure-submit");
        assertThat(browser.text("material-error")).isEqualTo("请选择类别");
        browser.select("material", "MARKETING").type("title", "春季理财节海报")
                .type("body", "精选产品，稳赚不赔，欢迎认购。");
        browser.submit("disclosure-submit");
        assertThat(browser.text("finding-list")).contains("稳赚", "缺少必备揭示", "投资有风险");
        String path = browser.path();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        browser.screenshot("compliance-disclosure-findings");
        browser.logout();

        browser.login("compliance", DEMO_PASSWORD).go("/compliance/disclosures/" + id);
        browser.submit("take-submit");
        browser.submit("approve-submit");
        assertThat(browser.text("disclosure-error")).contains("不能批准");
        browser.submit("return-submit");
        assertThat(browser.text("comment-error")).isEqualTo("退回须填写审核意见");
        browser.type("comment", "不得承诺收益，删除“稳赚不赔”，补充风险揭示").submit("return-submit");
        assertThat(browser.text("disclosure-status")).isEqualTo("已退回");
        browser.logout();

        browser.login("wealth", DEMO_PASSWORD).go("/compliance/disclosures/" + id);
        assertThat(browser.text("history-list")).contains("不得承诺收益");
        browser.type("body", "精选产品，历史业绩不代表未来表现。投资有风险，入市需谨慎。").submit("revise-submit");
        assertThat(browser.text("no-findings")).isEqualTo("未发现禁用语，必备揭示齐全");
        browser.logout();

        browser.login("compliance", DEMO_PASSWORD).go("/compliance/disclosures/" + id);
        browser.submit("take-submit");
        browser.type("comment", "同意发布").submit("approve-submit");
        assertThat(browser.text("disclosure-status")).isEqualTo("已批准");
        browser.logout();

        browser.login("wealth", DEMO_PASSWORD).go("/compliance/disclosures/" + id);
        browser.submit("publish-submit");
        assertThat(browser.text("disclosure-status")).isEqualTo("已发布");
        browser.screenshot("compliance-disclosure");
        browser.go("/compliance/disclosures");
        assertThat(browser.text("disclosure-table")).contains("春季理财节海报", "已发布").doesNotContain("海康威视");
    }

    /** Investor education written in wealth reaches the library only once a second officer cleared it. */
    @Test
    void anEducationArticleGoesThroughDisclosureReviewBeforeTheLibrary() {
        browser.login("compliance", DEMO_PASSWORD).go("/wealth/education");
        browser.type("code", "EDU-BONDS").select("kind", "ARTICLE").type("titleZh", "认识债券基金")
                .type("titleEn", "Bond funds explained").type("bodyZh", "债券基金保本保息，适合所有人。")
                .type("bodyEn", "Bond funds hold bonds.");
        browser.submit("content-submit");
        assertThat(browser.text("flash")).contains("已将 EDU-BONDS 提交合规审核", "PUB-");
        assertThat(browser.text("submission-status")).isEqualTo("审核中");
        String submission = browser.path();
        long review = jdbc.sql("select review_id from wealth_education_submission where code = 'EDU-BONDS'")
                .query(Long.class).single();
        browser.go("/wealth/education");
        assertThat(browser.text("submission-table")).contains("认识债券基金", "审核中");
        assertThat(browser.text("library-table")).doesNotContain("认识债券基金");
        browser.logout();

        browser.login("compliance2", DEMO_PASSWORD).go("/compliance/disclosures/" + review);
        assertThat(browser.text("disclosure-source")).contains("wealth.education:");
        assertThat(browser.text("finding-list")).contains("保本");
        assertThat(browser.has("#revise-form")).isFalse();
        browser.submit("take-submit");
        browser.type("comment", "债券基金并不保本，请删除“保本保息”并提示利率和信用风险").submit("return-submit");
        assertThat(browser.text("disclosure-status")).isEqualTo("已退回");
        browser.logout();

        browser.login("compliance", DEMO_PASSWORD);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "RETURNED".equals(jdbc.sql(
                "select status from wealth_education_submission where code = 'EDU-BONDS'").query(String.class)
                .single()));
        browser.go(submission);
        assertThat(browser.text("review-comment")).contains("并不保本");
        browser.type("bodyZh", "").submit("revise-submit");
        assertThat(browser.text("bodyZh-error")).isEqualTo("此项为必填项。");
        browser.type("bodyZh", "债券基金主要投资债券，净值会随利率和信用状况波动，并不保证本金。");
        browser.submit("revise-submit");
        assertThat(browser.text("flash")).contains("已重新提交合规审核");
        browser.screenshot("wealth-education-submission");
        browser.logout();

        browser.login("compliance2", DEMO_PASSWORD).go("/compliance/disclosures/" + review);
        assertThat(browser.text("no-findings")).isNotEmpty();
        browser.submit("take-submit");
        browser.type("comment", "同意发布").submit("approve-submit");
        browser.submit("publish-submit");
        assertThat(browser.text("disclosure-status")).isEqualTo("已发布");
        browser.logout();

        browser.login("compliance", DEMO_PASSWORD);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(jdbc.sql(
                "select status from wealth_education_submission where code = 'EDU-BONDS'").query(String.class)
                .single()));
        browser.go(submission);
        assertThat(browser.text("submission-status")).isEqualTo("已发布");
        browser.click("published-link");
        assertThat(browser.text("content-body")).contains("并不保证本金");
        assertThat(browser.text("content-review")).startsWith("合规审核 PUB-");
        browser.screenshot("wealth-education-cleared");
        browser.go("/wealth/education").select("shown", "ARTICLE").submitCss("form.filter-bar button");
        assertThat(browser.text("library-table")).contains("认识债券基金").doesNotContain("风险揭示书");
    }

    @Test
    void theDashboardShowsWhatWaitsAndRefreshesWithoutAReload() {
        long open = jdbc.sql("select count(*) from compliance_screening_hit where status = 'OPEN'").query(Long.class)
                .single();
        browser.login("compliance", DEMO_PASSWORD).go("/compliance/dashboard");
        assertThat(browser.text("figure-screeningHits")).contains("待复核名单命中", String.valueOf(open));
        assertThat(browser.text("figure-certificatesDue")).contains("3");
        assertThat(browser.has("#alerts-by-age-chart canvas")).isTrue();
        assertThat(browser.has("#hits-chart canvas")).isTrue();
        browser.screenshot("compliance-dashboard");

        // a hit decided elsewhere: the next poll shows it, on the same page, with its charts drawn again
        jdbc.sql("""
                update compliance_screening_hit set status = 'DISMISSED', decided_by = 'compliance2',
                    decided_at = now(), decision_note = '误报'
                where id = (select min(id) from compliance_screening_hit where status = 'OPEN')""")
                .update();
        var script = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        script.executeScript("window.samePage = true; htmx.ajax('GET', '/compliance/dashboard',"
                + " {target: '#dashboard-live', select: '#dashboard-live', swap: 'outerHTML'});");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> browser.text("figure-screeningHits")
                .contains(String.valueOf(open - 1)));
        assertThat(script.executeScript("return window.samePage === true")).isEqualTo(true);
        assertThat(browser.has("#alerts-by-age-chart canvas")).isTrue();
        browser.clickCss("#figure-screeningHits");
        assertThat(browser.path()).startsWith("/compliance/screening/hits");
    }

    @Test
    void aRegulationSendsATaskToThePolicyOwnerWhoRevisesItAndStaffAcknowledge() {
        long suitability = jdbc.sql("select id from compliance_policy where code = 'SUIT-01'").query(Long.class)
                .single();
        browser.login("compliance", DEMO_PASSWORD).go("/compliance/regulations");
        assertThat(browser.text("regulation-table")).contains("中华人民共和国反洗钱法（2024年修订）", "现行有效");
        browser.type("title", "关于进一步加强投资者适当性管理的通知").type("issuer", "中国证券业协会")
                .type("documentNumber", "中证协发〔2026〕18号").setValue("issuedOn", "2026-11-20")
                .setValue("effectiveOn", "2026-11-01").type("summary", "强化高龄投资者和首次购买高风险产品投资者的回访。");
        browser.click("policy-" + suitability).submit("regulation-submit");
        assertThat(browser.text("effectiveOn-error")).isEqualTo("请填写施行日（不早于发布日）");
        browser.setValue("effectiveOn", "2027-01-01").submit("regulation-submit");
        assertThat(browser.text("flash")).contains("已向 1 项制度的负责人发出待办");
        assertThat(browser.text("task-list")).contains("SUIT-01", "郑理财", "期限 2027-01-01");
        browser.screenshot("compliance-regulation");
        browser.logout();

        long task = jdbc.sql("select max(id) from compliance_policy_task where policy_id = ?").param(suitability)
                .query(Long.class).single();
        browser.login("wealth", DEMO_PASSWORD).go("/compliance/my-tasks");
        browser.select("outcome-" + task, "REVISED").type("note-" + task, "按通知修订回访条款").submit("complete-" + task);
        assertThat(browser.text("task-error-" + task)).isEqualTo("修订制度须填写修订要点");
        browser.select("outcome-" + task, "REVISED").type("note-" + task, "按通知修订回访条款")
                .type("revisedSummary-" + task, "新增：70岁以上投资者购买R4及以上产品须双录并回访").submit("complete-" + task);
        assertThat(browser.text("flash")).contains("待办已完成");
        browser.screenshot("compliance-my-tasks");
        browser.logout();

        browser.login("clerk", DEMO_PASSWORD).go("/compliance/acknowledgements");
        assertThat(browser.text("ack-list")).contains("SUIT-01", "70岁以上投资者");
        long change = jdbc.sql("select id from compliance_policy_change where policy_id = ?").param(suitability)
                .query(Long.class).single();
        browser.submit("acknowledge-" + change);
        assertThat(browser.text("flash")).contains("已确认");
        assertThat(browser.pageText()).doesNotContain("SUIT-01");
        browser.logout();

        browser.login("compliance", DEMO_PASSWORD).go("/compliance/policies/" + suitability);
        assertThat(browser.text("change-list")).contains("v2");
        assertThat(browser.text("ack-table")).contains("张柜员");
        browser.screenshot("compliance-policy");
    }

    @Test
    void staffDeclareAGiftThatAnOfficerApprovesAndSignTheYearsAttestation() {
        browser.login("advisor2", DEMO_PASSWORD).go("/compliance/declarations");
        browser.submit("sign-submit");
        assertThat(browser.text("attestation-signed")).startsWith("已于");
        browser.select("counterpartyKind", "ISSUER").type("description", "调研午餐").type("value", "260")
                .setValue("occurredOn", "2026-12-01").submit("gift-submit");
        assertThat(browser.text("counterparty-error")).isEqualTo("请填写对方单位或个人");
        browser.select("counterpartyKind", "ISSUER").type("counterparty", "某上市公司证券部").type("description", "调研午餐")
                .type("value", "260").setValue("occurredOn", "2026-12-01").submit("gift-submit");
        assertThat(browser.text("flash")).contains("已申报");
        assertThat(browser.text("my-declarations")).contains("某上市公司证券部", "待审核", "收受 · 上市公司或发行人 · 调研午餐");
        browser.screenshot("compliance-declarations");
        browser.logout();

        long gift = jdbc.sql("select max(id) from compliance_gift").query(Long.class).single();
        browser.login("compliance", DEMO_PASSWORD).go("/compliance/declarations/review");
        browser.submit("approve-GIFT-" + gift);
        assertThat(browser.text("decision-error-GIFT-" + gift)).isEqualTo("请填写审核意见");
        browser.type("note-GIFT-" + gift, "正常商务接待，金额合理").submit("approve-GIFT-" + gift);
        assertThat(browser.text("flash")).contains("已同意");
        assertThat(browser.text("register-table")).contains("某上市公司证券部", "已同意");
        browser.screenshot("compliance-declaration-review");
        browser.go("/compliance/attestations");
        assertThat(browser.text("round-table")).contains("10 /");
        assertThat(browser.text("unsigned-table")).doesNotContain("陈客户经理");
    }
}
