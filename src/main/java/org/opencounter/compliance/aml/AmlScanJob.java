package org.opencounter.compliance.aml;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each trading evening, the day's transfers and trades are scanned with every running rule, once across instances. */
@Component
class AmlScanJob {

    private static final Logger log = LoggerFactory.getLogger(AmlScanJob.class);

    private final AmlScans scans;
    private final TradingCalendar calendar;

    AmlScanJob(AmlScans scans, TradingCalendar calendar) {
        this.scans = scans;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.compliance.aml-cron:0 30 20 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "compliance.aml-scan", lockAtMostFor = "PT30M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        try {
            AmlScan scan = scans.scan(calendar.today(), SystemActor.USERNAME);
            log.info("AML scan of {}: {} records, {} alerts, {} in shadow", scan.businessDate(), scan.records(),
                    scan.alerts(), scan.shadowAlerts());
        } catch (ScanRefused refused) {
            log.info("AML scan of {} already running", calendar.today());
        }
    }
}
