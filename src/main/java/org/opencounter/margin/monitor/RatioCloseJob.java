package org.opencounter.margin.monitor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** After the close of every trading day, each live contract's ratio is kept for its history, once across instances. */
@Component
class RatioCloseJob {

    private static final Logger log = LoggerFactory.getLogger(RatioCloseJob.class);

    private final RatioHistory history;
    private final TradingCalendar calendar;

    RatioCloseJob(RatioHistory history, TradingCalendar calendar) {
        this.history = history;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.margin.ratio-close-cron:0 10 15 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "margin.ratio-close", lockAtMostFor = "PT30M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        long started = System.nanoTime();
        int recorded = history.record(calendar.today());
        log.info("Ratio close job: {} contracts recorded in {} ms", recorded, (System.nanoTime() - started) / 1_000_000);
    }
}
