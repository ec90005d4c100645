package org.opencounter.wealth.complaint;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, complaints that missed a deadline go to the branch manager and compliance, once for all instances. */
@Component
class ComplaintEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEscalationJob.class);

    private final Complaints complaints;

    ComplaintEscalationJob(Complaints complaints) {
        this.complaints = complaints;
    }

    @Scheduled(cron = "${opencounter.wealth.complaint-escalation-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "wealth.complaint-escalation", lockAtMostFor = "PT30M")
    void run() {
        long started = System.nanoTime();
        int escalated = complaints.escalateOverdue();
        log.info("Complaint escalation: {} complaints past a deadline escalated in {} ms", escalated,
                (System.nanoTime() - started) / 1_000_000);
    }
}
