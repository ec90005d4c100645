package org.opencounter.margin.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** After each trading day's close, the financing concentration of every target is reviewed, once across instances. */
@Component
class ConcentrationJob {

    private static final Logger log = LoggerFactory.getLogger(ConcentrationJob.class);

    private final ConcentrationReview review;
    private final TradingCalendar calendar;

    ConcentrationJob(ConcentrationReview review, TradingCalendar calendar) {
        this.review = review;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.margin.concentration-cron:0 20 15 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "margin.concentration", lockAtMostFor = "PT10M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        ConcentrationReview.Review done = review.review(calendar.today());
        log.info("Financing concentration: {} targets reviewed, {} halted, {} resumed", done.reviewed(),
                done.halted(), done.resumed());
    }
}
