package org.opencounter.margin.liquidation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.Role;
import org.opencounter.platform.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute of the trading day and once after the close, once across instances: executing plans whose orders
 * ended without a fill (canceled, or expired at the close) are closed, and the system proposes a plan for each
 * contract due for liquidation that has none, for a risk officer to approve.
 */
@Component
class LiquidationJob {

    private static final Logger log = LoggerFactory.getLogger(LiquidationJob.class);

    private final Liquidations liquidations;
    private final TradingCalendar calendar;
    private final SystemActor system;

    LiquidationJob(Liquidations liquidations, TradingCalendar calendar, SystemActor system) {
        this.liquidations = liquidations;
        this.calendar = calendar;
        this.system = system;
    }

    @Scheduled(cron = "${opencounter.margin.liquidation-cron:30 * 9-16 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "margin.liquidations", lockAtMostFor = "PT5M")
    void run() {
        if (!calendar.isTradingDay(calendar.today())) {
            return;
        }
        int executing = liquidations.refreshExecuting();
        int proposed = system.as(Role.RISK_OFFICER, () -> liquidations.proposeDue(calendar.today()));
        if (executing + proposed > 0) {
            log.info("Forced liquidation: {} executing plans looked at, {} proposed", executing, proposed);
        }
    }
}
