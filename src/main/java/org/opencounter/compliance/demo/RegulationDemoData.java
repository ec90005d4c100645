package org.opencounter.compliance.demo;

import java.time.LocalDate;
import java.util.List;

import org.opencounter.compliance.regulation.Policies;
import org.opencounter.compliance.regulation.RegulationLibrary;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regulation library as compliance keeps it: six internal policies with their owners, and the regulations they
 * answer to - the 2016 large-value and suspicious-transaction rules and their 2018 amendment, the AML Law as revised
 * in 2024 (the AML policy revised as a result and acknowledged by part of the staff; the conduct policy's review
 * open), the suitability rules (open), the risk-control indicators (one review done, the margin policy's overdue)
 * and the research-report rules (the research policy revised).
 */
@Component
class RegulationDemoData implements DemoDataSet {

    private static final String KEY = "demo-regulation-";

    private final RegulationLibrary library;
    private final Policies policies;
    private final TradingCalendar calendar;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    RegulationDemoData(RegulationLibrary library, Policies policies, TradingCalendar calendar, DemoStaff staff,
                       JdbcClient jdbc) {
        this.library = library;
        this.policies = policies;
        this.calendar = calendar;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 78;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from compliance_policy)").query(Boolean.class).single()) {
            return;
        }
        staff.as("compliance", () -> {
            long aml = policy("AML-01", "反洗钱内部控制制度", "compliance", "客户身份识别、风险等级划分、大额和可疑交易报告、记录保存与培训。");
            long suit = policy("SUIT-01", "投资者适当性管理实施细则", "wealth", "投资者分类、产品风险分级、适当性匹配与告知确认。");
            long margin = policy("MRG-01", "融资融券业务管理办法", "credit", "征信与授信、担保物管理、维持担保比例监控与强制平仓。");
            long research = policy("RES-01", "研究报告发布与信息隔离墙制度", "analyst", "研究报告合规审查、利益冲突披露、观察名单与静默期。");
            long risk = policy("RISK-01", "风险控制指标监控与报告制度", "risk", "净资本与风险覆盖率等指标的计算、预警与报告。");
            long conduct = policy("CONDUCT-01", "员工执业行为规范", "compliance2", "禁止员工炒股、亲属账户申报、礼品与兼职申报、年度承诺。");

            long rules2016 = record("金融机构大额交易和可疑交易报告管理办法", "中国人民银行", "中国人民银行令〔2016〕第3号",
                    "2016-12-28", "2017-07-01", "大额交易报告标准与时限；可疑交易报告的识别、分析与报送。", null,
                    List.of(aml));
            long amendment = record("关于修改《金融机构大额交易和可疑交易报告管理办法》的决定", "中国人民银行",
                    "中国人民银行令〔2018〕第2号", "2018-07-26", "2018-07-26", "调整可疑交易报告时限等条款。", rules2016,
                    List.of(aml));
            long amlLaw = record("中华人民共和国反洗钱法（2024年修订）", "全国人民代表大会常务委员会", "中华人民共和国主席令第三十八号",
                    "2024-11-08", "2025-01-01", "完善受益所有人识别、客户尽职调查和风险为本的要求，资料保存不少于十年。", null,
                    List.of(aml, conduct));
            library.interpret(amlLaw, "受益所有人按持股或控制超过25%的自然人识别；高风险客户至少每6个月复评（公司标准严于法定）；"
                    + "客户资料和交易记录在业务关系结束后保存10年。");
            long suitability = record("证券期货投资者适当性管理办法", "中国证券监督管理委员会", "中国证券监督管理委员会令第130号",
                    "2016-12-12", "2017-07-01", "投资者分类与转化、产品风险等级、适当性匹配和告知警示。", null, List.of(suit));
            long indicators = record("证券公司风险控制指标管理办法（2020年修订）", "中国证券监督管理委员会",
                    "中国证券监督管理委员会令第166号", "2020-03-20", "2020-06-01", "风险覆盖率、资本杠杆率、流动性覆盖率等指标及预警标准。",
                    null, List.of(risk, margin));
            long reports = record("发布证券研究报告暂行规定", "中国证券监督管理委员会", "中国证券监督管理委员会公告〔2010〕28号",
                    "2010-10-12", "2011-01-01", "研究报告的署名、合规审查、利益冲突披露与信息隔离。", null, List.of(research));

            complete("compliance", rules2016, aml, Policies.Outcome.NO_CHANGE, "制度即据此办法制定", null);
            complete("compliance", amendment, aml, Policies.Outcome.NO_CHANGE, "报告时限已在系统中按修订后标准执行", null);
            complete("compliance", amlLaw, aml, Policies.Outcome.REVISED, "按新法修订第三章和第六章",
                    "新增受益所有人识别程序；客户资料保存期限改为业务关系结束后10年；高风险客户每6个月复评。");
            complete("risk", indicators, risk, Policies.Outcome.NO_CHANGE, "现行制度已按2020年修订版执行", null);
            complete("analyst", reports, research, Policies.Outcome.REVISED, "补充观察名单与静默期规定",
                    "研究报告发布前须经合规审查；覆盖证券拟调整评级时列入观察名单。");
            // the margin policy's review is past its day
            jdbc.sql("update compliance_policy_task set due_on = ? where regulation_id = ? and policy_id = ?")
                    .params(java.sql.Date.valueOf(calendar.today().minusDays(10)), indicators, margin).update();
            return null;
        });
        long amlChange = jdbc.sql("select id from compliance_policy_change where version = 2 and policy_id ="
                + " (select id from compliance_policy where code = 'AML-01')").query(Long.class).single();
        for (String username : List.of("compliance", "compliance2", "manager", "advisor", "clerk", "auditor")) {
            staff.as(username, () -> {
                policies.acknowledge(amlChange);
                return null;
            });
        }
    }

    private long policy(String code, String title, String owner, String summary) {
        long ownerId = jdbc.sql("select id from platform_staff_user where username = ?").param(owner)
                .query(Long.class).single();
        return policies.create(code, title, ownerId, summary);
    }

    private long record(String title, String issuer, String number, String issued, String effective, String summary,
                        Long amends, List<Long> affected) {
        return library.record(new RegulationLibrary.Entry(title, issuer, number, LocalDate.parse(issued),
                LocalDate.parse(effective), summary, amends, affected, KEY + number));
    }

    private void complete(String owner, long regulation, long policy, Policies.Outcome outcome, String note,
                          String revision) {
        long task = jdbc.sql("select id from compliance_policy_task where regulation_id = ? and policy_id = ?")
                .params(regulation, policy).query(Long.class).single();
        staff.as(owner, () -> {
            policies.complete(task, outcome, note, revision);
            return null;
        });
    }
}
