package org.opencounter.margin.monitor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute from 9:00 to 15:59 of a trading day, margin calls follow the ratios, once across instances. */
@Component
class MarginCallJob {

    private static final Logger log = LoggerFactory.getLogger(MarginCallJob.class);

    private final MarginCalls calls;
    private final TradingCalendar calendar;

    MarginCallJob(MarginCalls calls, TradingCalendar calendar) {
        this.calls = calls;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.margin.call-cron:0 * 9-15 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "margin.calls", lockAtMostFor = "PT5M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        long started = System.nanoTime();
        MarginCalls.Review review = calls.review(calendar.today());
        if (review.raised() + review.met() + review.overdue() > 0) {
            log.info("Margin call review: {} raised, {} met, {} overdue in {} ms", review.raised(), review.met(),
                    review.overdue(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
