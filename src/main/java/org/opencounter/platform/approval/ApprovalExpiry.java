package org.opencounter.platform.approval;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires maker-checker requests nobody decided in time; runs on one instance at a time. */
@Component
class ApprovalExpiry {

    private static final Logger log = LoggerFactory.getLogger(ApprovalExpiry.class);

    private final ApprovalService approvals;

    ApprovalExpiry(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "platform.approval-expiry", lockAtMostFor = "PT4M")
    void expireOverdue() {
        long started = System.nanoTime();
        int expired = approvals.expireOverdue();
        log.info("Approval expiry finished: {} expired in {} ms", expired, (System.nanoTime() - started) / 1_000_000);
    }
}
