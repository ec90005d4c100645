package org.opencounter.wealth.sales;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Before each trading day opens, the redemptions due that day are paid, once across instances. */
@Component
class RedemptionJob {

    private static final Logger log = LoggerFactory.getLogger(RedemptionJob.class);

    private final RedemptionSettlement settlement;
    private final TradingCalendar calendar;

    RedemptionJob(RedemptionSettlement settlement, TradingCalendar calendar) {
        this.settlement = settlement;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.wealth.redemption-cron:0 0 9 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "wealth.redemptions", lockAtMostFor = "PT10M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        int paid = settlement.settle(calendar.today());
        if (paid > 0) {
            log.info("Redemptions paid: {}", paid);
        }
    }
}
