package org.opencounter.clients.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, clients whose KYC review date has come (6 months, 1 year or 3 years after the last, by AML rating) or
 * whose identity document has expired are marked as needing a KYC update, once across all instances.
 */
@Service
public class KycReviews {

    private static final Logger log = LoggerFactory.getLogger(KycReviews.class);

    private final ClientRepository clients;
    private final AuditTrail audit;
    private final Clock clock;

    KycReviews(ClientRepository clients, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    /** Marks the outdated files; answers how many. */
    @Transactional
    public int markOutdated() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Client> outdated = clients.findKycOutdatedOn(today);
        outdated.forEach(client -> {
            client.requireKycUpdate(now);
            audit.record(AuditRecord.change("clients.kyc.needs-update", ClientAccess.ENTITY, client.getId(),
                    Map.of("kycStatus", "APPROVED"), Map.of("kycStatus", "NEEDS_UPDATE",
                            "nextReview", client.getNextKycReview().toString(),
                            "idExpiry", String.valueOf(client.getIdExpiry()))));
        });
        return outdated.size();
    }

    @Scheduled(cron = "${opencounter.clients.kyc-review-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "clients.kyc-review", lockAtMostFor = "PT30M")
    void nightly() {
        long started = System.nanoTime();
        int marked = markOutdated();
        log.info("KYC review job: {} clients need a KYC update, in {} ms", marked,
                (System.nanoTime() - started) / 1_000_000);
    }
}
