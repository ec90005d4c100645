package org.opencounter.compliance.demo;

import java.time.LocalDate;
import java.util.List;

import org.opencounter.compliance.aml.AmlAlerts;
import org.opencounter.compliance.aml.AmlScans;
import org.opencounter.compliance.casework.AmlCases;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.opencounter.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trade surveillance over the demo book's last trading days, and the officers' work on what it found: the
 * self-trades under investigation in a case with a note, the holding past 5% dismissed once the client's own
 * disclosure was seen, the trades between related accounts, the cancellations and the limit-up buy left in the queue.
 * A book monitored before a rule existed is scanned again (a scan raises nothing twice), and the latest trading day is
 * scanned for the holdings as they are now.
 */
@Component
class SurveillanceDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(SurveillanceDemoData.class);
    private static final int DAYS = 10;
    private static final String KEY = "demo-surveillance-";
    /** The patterns the demo book holds, each raising its alert once the book is scanned. */
    private static final List<String> PATTERNS = List.of("SELF_TRADE", "RELATED_WASH", "FREQUENT_CHANGES",
            "FREQUENT_CANCEL", "LIMIT_PUSH", "HOLDING_THRESHOLD");

    private final AmlScans scans;
    private final AmlAlerts alerts;
    private final AmlCases casework;
    private final TradingCalendar calendar;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    SurveillanceDemoData(AmlScans scans, AmlAlerts alerts, AmlCases casework, TradingCalendar calendar,
                         DemoStaff staff, JdbcClient jdbc) {
        this.scans = scans;
        this.alerts = alerts;
        this.casework = casework;
        this.calendar = calendar;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 71;
    }

    @Override
    public void loadIfAbsent() {
        if (!everyPatternFound()) {
            for (LocalDate day : calendar.tradingDaysBefore(calendar.today(), DAYS)) {
                scans.scan(day, SystemActor.USERNAME);
            }
            LocalDate today = calendar.today();
            scans.scan(calendar.isTradingDay(today) ? today : calendar.previous(today), SystemActor.USERNAME);
            log.info("Demo trade surveillance: alerts {}", alerts.openByRule());
        }
        if (!worked()) {
            staff.as("compliance", this::work);
        }
    }

    /** Whether every pattern the demo book trades has raised its alert; a book from before a rule is scanned again. */
    private boolean everyPatternFound() {
        return jdbc.sql("select count(distinct rule) from compliance_alert where rule in (:rules)")
                .param("rules", PATTERNS).query(Long.class).single() == PATTERNS.size();
    }

    /** Whether the officers have worked the surveillance alerts already: the demo case's note is there. */
    private boolean worked() {
        return jdbc.sql("select exists (select 1 from compliance_case_note where request_key like ?)")
                .param(KEY + "%").query(Boolean.class).single();
    }

    private Void work() {
        Long selfTrade = OpenAlerts.first(jdbc, "SELF_TRADE");
        if (selfTrade != null) {
            long kase = casework.openFor(selfTrade);
            casework.note(kase, new AmlCases.Note("客户同日三次卖出招商银行后数秒内以同一价格买回，成交量放大而持仓不变；"
                    + "已调取委托来源 IP 与 MAC 地址，均为同一终端，待客户经理说明交易目的。", null, null, KEY + "note-" + kase));
        }
        Long holding = OpenAlerts.first(jdbc, "HOLDING_THRESHOLD");
        if (holding != null) {
            alerts.dismiss(holding, "客户已于达到 5% 后三日内向证监会、交易所报送权益变动报告书并公告，期间未再买卖，已核对公告。");
        }
        return null;
    }
}
