package org.opencounter.margin.debt;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** After each trading day's close, the interest on open margin debts is booked, once across all instances. */
@Component
class InterestAccrualJob {

    private static final Logger log = LoggerFactory.getLogger(InterestAccrualJob.class);

    private final InterestAccrual accrual;
    private final TradingCalendar calendar;

    InterestAccrualJob(InterestAccrual accrual, TradingCalendar calendar) {
        this.accrual = accrual;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${opencounter.margin.interest-cron:0 30 15 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "margin.interest", lockAtMostFor = "PT30M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        long started = System.nanoTime();
        InterestAccrual.Run run = accrual.accrue(calendar.today());
        log.info("Interest accrual: {} margin debts, {} booked in {} ms", run.debts(), run.amount().toPlainString(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
