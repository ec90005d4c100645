package org.opencounter.clients.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A planned contact with a client (回访) and, once made, its outcome and the client's satisfaction. */
@Entity
@Table(name = "clients_follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", updatable = false)
    private long clientId;

    @Column(name = "branch_id", updatable = false)
    private long branchId;

    @Column(name = "owner_id")
    private long ownerId;

    @Enumerated(EnumType.STRING)
    private FollowUpChannel channel;

    @Enumerated(EnumType.STRING)
    private FollowUpPurpose purpose;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    private String outcome;

    private Integer satisfaction;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(long clientId, long branchId, long ownerId, FollowUpChannel channel, FollowUpPurpose purpose,
                    LocalDate dueDate, String createdBy, Instant now) {
        this.clientId = clientId;
        this.branchId = branchId;
        this.ownerId = ownerId;
        this.channel = channel;
        this.purpose = purpose;
        this.dueDate = dueDate;
        this.status = FollowUpStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Records the contact; only a planned follow-up can be completed. */
    public void complete(String result, Integer clientSatisfaction, String by, Instant now) {
        requirePlanned();
        outcome = result;
        satisfaction = clientSatisfaction;
        status = FollowUpStatus.DONE;
        doneAt = now;
        doneBy = by;
    }

    public void cancel(String by, Instant now) {
        requirePlanned();
        status = FollowUpStatus.CANCELLED;
        doneBy = by;
    }

    public boolean overdueOn(LocalDate today) {
        return status == FollowUpStatus.PLANNED && dueDate.isBefore(today);
    }

    private void requirePlanned() {
        if (status != FollowUpStatus.PLANNED) {
            throw new FollowUpRuleViolation("clients.followUp.notPlanned");
        }
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public FollowUpChannel getChannel() {
        return channel;
    }

    public FollowUpPurpose getPurpose() {
        return purpose;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
