package org.opencounter.clients.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules and records follow-ups; each is owned by the client's account manager and scoped to the branch. */
@Service
public class FollowUpService {

    private static final String ENTITY = "FollowUp";

    private final FollowUpRepository followUps;
    private final ClientAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, ClientAccess access, AuditTrail audit, Clock clock) {
        this.followUps = followUps;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long schedule(long clientId, FollowUpForm form) {
        Client client = access.visible(clientId);
        if (form.getDueDate().isBefore(LocalDate.now(clock))) {
            throw new FollowUpRuleViolation("clients.followUp.dueInPast");
        }
        FollowUp followUp = followUps.save(new FollowUp(clientId, client.getBranchId(), client.getOwnerId(),
                form.getChannel(), form.getPurpose(), form.getDueDate(), CurrentStaff.require().username(),
                clock.instant()));
        audit.record(AuditRecord.change("clients.followup.schedule", ENTITY, followUp.getId(), null,
                Map.of("client", clientId, "due", form.getDueDate().toString(), "purpose", form.getPurpose().name())));
        return followUp.getId();
    }

    /** Records the contact; a next date schedules the next follow-up on the same channel. */
    @Transactional
    public FollowUp complete(long followUpId, String outcome, Integer satisfaction, LocalDate nextDate) {
        if (outcome == null || outcome.isBlank()) {
            throw new FollowUpRuleViolation("clients.followUp.outcome.required");
        }
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new FollowUpRuleViolation("clients.followUp.satisfaction.range");
        }
        LocalDate today = LocalDate.now(clock);
        if (nextDate != null && !nextDate.isAfter(today)) {
            throw new FollowUpRuleViolation("clients.followUp.nextInFuture");
        }
        FollowUp followUp = visible(followUpId);
        Instant now = clock.instant();
        String me = CurrentStaff.require().username();
        followUp.complete(outcome.strip(), satisfaction, me, now);
        audit.record(AuditRecord.change("clients.followup.complete", ENTITY, followUpId, Map.of("status", "PLANNED"),
                Map.of("status", "DONE", "satisfaction", satisfaction == null ? "-" : satisfaction)));
        if (nextDate != null) {
            FollowUp next = followUps.save(new FollowUp(followUp.getClientId(), followUp.getBranchId(),
                    followUp.getOwnerId(), followUp.getChannel(), FollowUpPurpose.ROUTINE, nextDate, me, now));
            audit.record(AuditRecord.change("clients.followup.schedule", ENTITY, next.getId(), null,
                    Map.of("client", next.getClientId(), "due", nextDate.toString(), "after", followUpId)));
        }
        return followUp;
    }

    @Transactional
    public FollowUp cancel(long followUpId) {
        FollowUp followUp = visible(followUpId);
        followUp.cancel(CurrentStaff.require().username(), clock.instant());
        audit.record(AuditRecord.change("clients.followup.cancel", ENTITY, followUpId, Map.of("status", "PLANNED"),
                Map.of("status", "CANCELLED")));
        return followUp;
    }

    @Transactional(readOnly = true)
    public Page<FollowUp> forClient(long clientId, Pageable pageable) {
        access.visible(clientId);
        return followUps.findByClientIdOrderByDueDateDescIdDesc(clientId, pageable);
    }

    /** Overdue follow-ups: an account manager's own, or the whole branch's (or firm's) for others. */
    @Transactional(readOnly = true)
    public Page<FollowUp> overdue(StaffPrincipal staff, boolean mineOnly, Pageable pageable) {
        return followUps.findOverdue(LocalDate.now(clock), mineOnly ? staff.id() : null,
                staff.scopedBranchId(), pageable);
    }

    private FollowUp visible(long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new FollowUpRuleViolation("clients.followUp.notFound"));
        access.visible(followUp.getClientId());
        return followUp;
    }
}
