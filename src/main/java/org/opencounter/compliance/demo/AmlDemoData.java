package org.opencounter.compliance.demo;

import java.time.LocalDate;
import java.util.List;

import org.opencounter.compliance.aml.AmlAlerts;
import org.opencounter.compliance.aml.AmlScan;
import org.opencounter.compliance.aml.AmlScans;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.opencounter.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monitoring as the evening job would have run it over the last ten trading days of the demo book, so the
 * alert queue holds what the rules find there; the compliance officer has already dismissed the oldest large-value
 * alert after checking where the money came from.
 */
@Component
class AmlDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(AmlDemoData.class);
    private static final int DAYS = 10;

    private final AmlScans scans;
    private final AmlAlerts alerts;
    private final TradingCalendar calendar;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    AmlDemoData(AmlScans scans, AmlAlerts alerts, TradingCalendar calendar, DemoStaff staff, JdbcClient jdbc) {
        this.scans = scans;
        this.alerts = alerts;
        this.calendar = calendar;
        this.staff = staff;
        this.jdbc = jdbc;
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
        log.info("Demo AML monitoring: {} days scanned, {} alerts {}", days.size(), raised, alerts.openByRule());
    }
}
