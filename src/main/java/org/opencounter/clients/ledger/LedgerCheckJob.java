package org.opencounter.clients.ledger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the ledger consistency check after the close every day, once across all instances. */
@Component
class LedgerCheckJob {

    private final LedgerCheck check;

    LedgerCheckJob(LedgerCheck check) {
        this.check = check;
    }

    @Scheduled(cron = "${opencounter.clients.ledger-check-cron:0 30 17 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "clients.ledger-check", lockAtMostFor = "PT30M")
    void runDaily() {
        check.run();
    }
}
