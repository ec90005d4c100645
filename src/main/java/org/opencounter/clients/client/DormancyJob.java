package org.opencounter.clients.client;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, accounts without cash movement for 12 months become dormant (休眠), once across all instances. */
@Component
class DormancyJob {

    private static final Logger log = LoggerFactory.getLogger(DormancyJob.class);

    private final AccountLifecycle lifecycle;

    DormancyJob(AccountLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(cron = "${opencounter.clients.dormancy-cron:0 15 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "clients.dormancy", lockAtMostFor = "PT30M")
    void run() {
        long started = System.nanoTime();
        int marked = lifecycle.markDormantAccounts();
        log.info("Dormancy job: {} accounts marked dormant in {} ms", marked, (System.nanoTime() - started) / 1_000_000);
    }
}
