package org.opencounter.margin.credit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, margin contracts past their last day expire, once across all instances. */
@Component
class ContractExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ContractExpiryJob.class);

    private final ContractLifecycle lifecycle;
    private final TradingCalendar calendar;

    ContractExpiryJob(ContractLifecycle lifecycle, TradingCalendar calendar) {
        this.lifecycle = lifecycle;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.margin.expiry-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "margin.contract-expiry", lockAtMostFor = "PT30M")
    void run() {
        long started = System.nanoTime();
        int expired = lifecycle.expireDue(calendar.today());
        log.info("Contract expiry job: {} margin contracts expired in {} ms", expired,
                (System.nanoTime() - started) / 1_000_000);
    }
}
