package org.opencounter.orders.settlement;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles every trading day after the close, once across all instances, catching up on days an outage left
 * unsettled, oldest first; a run that fails stops the catch-up for operations to look at.
 */
@Component
class SettlementJob {

    private static final Logger log = LoggerFactory.getLogger(SettlementJob.class);

    private final Settlement settlement;
    private final TradingCalendar calendar;

    SettlementJob(Settlement settlement, TradingCalendar calendar) {
        this.settlement = settlement;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.orders.settlement-cron:0 40 15 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "orders.settlement", lockAtMostFor = "PT2H")
    void settleAfterTheClose() {
        LocalDate today = calendar.today();
        if (!calendar.isTradingDay(today)) {
            return;
        }
        for (LocalDate day : settlement.pending(today)) {
            if (!settled(day)) {
                return;
            }
        }
        if (settlement.run(today).isEmpty()) {
            settled(today);
        }
    }

    /** Settles the day; answers whether it completed. */
    private boolean settled(LocalDate day) {
        try {
            return settlement.settle(day, Settlement.ACTOR).completed();
        } catch (SettlementRefused refused) {
            log.warn("Settlement of {} not run: {}", day, refused.messageKey());
            return false;
        }
    }
}
