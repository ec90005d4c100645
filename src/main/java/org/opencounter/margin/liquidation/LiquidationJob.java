package org.opencounter.margin.liquidation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute of the trading day and once after the close, executing plans whose orders ended without a fill
 * (canceled, or expired at the close) are closed, once across instances.
 */
@Component
class LiquidationJob {

    private static final Logger log = LoggerFactory.getLogger(LiquidationJob.class);

    private final Liquidations liquidations;
    private final TradingCalendar calendar;

    LiquidationJob(Liquidations liquidations, TradingCalendar calendar) {
        this.liquidations = liquidations;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.margin.liquidation-cron:30 * 9-16 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "margin.liquidations", lockAtMostFor = "PT5M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        int executing = liquidations.refreshExecuting();
        if (executing > 0) {
            log.info("Forced liquidation: {} executing plans looked at", executing);
        }
    }
}
