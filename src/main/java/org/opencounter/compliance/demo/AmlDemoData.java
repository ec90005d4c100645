package org.opencounter.compliance.demo;

import java.time.LocalDate;
import java.util.List;

import org.opencounter.compliance.aml.AmlAlerts;
import org.opencounter.compliance.aml.AmlScan;
import org.opencounter.compliance.aml.AmlScans;
import org.opencounter.compliance.casework.AmlCases;
import org.opencounter.compliance.casework.ReportKind;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.opencounter.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monitoring as the evening job would have run it over the last ten trading days of the demo book, so the
 * alert queue holds what the rules find there, and the compliance officers' work on it: the oldest large-value alert
 * dismissed after checking where the money came from, and cases in every state - the structuring under
 * investigation with a note and its filing waiting for the second officer, the money far beyond the client's profile
 * reported as a large value and submitted, the rapid in and out still investigated, a dormant account's case
 * dismissed.
 */
@Component
class AmlDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(AmlDemoData.class);
    private static final int DAYS = 10;

    private static final String KEY = "demo-aml-";

    private final AmlScans scans;
    private final AmlAlerts alerts;
    private final AmlCases casework;
    private final Approvals approvals;
    private final TradingCalendar calendar;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    AmlDemoData(AmlScans scans, AmlAlerts alerts, AmlCases casework, Approvals approvals, TradingCalendar calendar,
                DemoStaff staff, JdbcClient jdbc) {
        this.scans = scans;
        this.alerts = alerts;
        this.casework = casework;
        this.approvals = approvals;
        this.calendar = calendar;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    /** The cases the officers have worked, as `compliance`; the report's review as `compliance2`. */
    private int cases() {
        int opened = 0;
        Long structuring = OpenAlerts.first(jdbc, "STRUCTURING");
        if (structuring != null) {
            long kase = casework.openFor(structuring);
            casework.note(kase, new AmlCases.Note("客户三日内分三笔转入，单笔均略低于 50 万元大额标准；已电话询问，客户称为"
                    + "亲友还款，未能提供借款凭证。", null, null, KEY + "note-" + kase));
            casework.requestFiling(kase, ReportKind.SUSPICIOUS, "多日分散转入、单笔接近大额标准，资金来源说明不清，疑似拆分规避报告。");
            opened++;
        }
        Long beyond = OpenAlerts.first(jdbc, "BEYOND_PROFILE");
        if (beyond != null) {
            long kase = casework.openFor(beyond);
            long client = casework.find(kase).clientId();
            jdbc.sql("select id from compliance_alert where client_id = ? and rule = 'LARGE_VALUE' and status = 'OPEN'"
                            + " and not shadow").param(client).query(Long.class).list()
                    .forEach(casework::openFor);
            long approval = casework.requestFiling(kase, ReportKind.LARGE_VALUE, "单日转入 500 万元，达到大额交易报告标准。");
            staff.as("compliance2", () -> {
                approvals.approve(approval, "复核无误，同意报送。");
                return null;
            });
            casework.submitted(kase, "CAMLMAC-" + calendar.today().toString().replace("-", "") + "-0001");
            opened++;
        }
        Long quick = OpenAlerts.first(jdbc, "RAPID_IN_OUT");
        if (quick != null) {
            long kase = casework.openFor(quick);
            casework.note(kase, new AmlCases.Note("资金转入两日后几乎全部转出，期间未交易；已要求客户经理了解资金用途。", null, null,
                    KEY + "note-" + kase));
            opened++;
        }
        Long dormant = OpenAlerts.first(jdbc, "DORMANT_ACTIVE");
        if (dormant != null) {
            long kase = casework.openFor(dormant);
            casework.dismiss(kase, "客户长期出国工作，回国后恢复交易，资金来自本人工资账户，已核实。");
            opened++;
        }
        return opened;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from compliance_aml_scan)").query(Boolean.class).single()) {
            return;
        }
        List<LocalDate> days = calendar.tradingDaysBefore(calendar.today(), DAYS);
        int raised = 0;
        for (LocalDate day : days) {
            AmlScan scan = scans.scan(day, SystemActor.USERNAME);
            raised += scan.alerts();
        }
        jdbc.sql("select min(id) from compliance_alert where rule = 'LARGE_VALUE' and not shadow")
                .query(Long.class).optional()
                .ifPresent(id -> staff.as("compliance", () -> alerts.dismiss(id,
                        "已核实资金来源为客户出售房产所得，提供了房屋买卖合同和银行流水，排除可疑。")));
        int opened = staff.as("compliance", this::cases);
        log.info("Demo AML monitoring: {} days scanned, {} alerts {}, {} cases", days.size(), raised,
                alerts.openByRule(), opened);
    }
}
