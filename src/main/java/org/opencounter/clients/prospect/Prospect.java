package org.opencounter.clients.prospect;

import java.math.BigDecimal;
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

/** Someone an account manager is working to win as a client. */
@Entity
@Table(name = "clients_prospect")
public class Prospect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String phone;

    @Enumerated(EnumType.STRING)
    private ProspectSource source;

    @Column(name = "estimated_assets")
    private BigDecimal estimatedAssets;

    @Column(name = "branch_id", updatable = false)
    private long branchId;

    @Column(name = "owner_id")
    private long ownerId;

    @Enumerated(EnumType.STRING)
    private ProspectStage stage;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "next_contact")
    private LocalDate nextContact;

    private String notes;

    @Column(name = "client_id")
    private Long clientId;

    @Version
    private long version;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Prospect() {
    }

    public Prospect(ProspectDetails details, long branchId, long ownerId, Instant now) {
        describe(details, now);
        this.branchId = branchId;
        this.ownerId = ownerId;
        this.stage = ProspectStage.LEAD;
        this.createdAt = now;
    }

    public void describe(ProspectDetails details, Instant now) {
        name = details.name();
        phone = details.phone();
        source = details.source();
        estimatedAssets = details.estimatedAssets();
        nextContact = details.nextContact();
        notes = details.notes();
        updatedAt = now;
    }

    /** Moves along the pipeline; a lost prospect needs a reason, and conversion happens only through onboarding. */
    public void moveTo(ProspectStage target, String reason, Instant now) {
        if (!stage.open() || target == ProspectStage.CONVERTED) {
            throw new ProspectRuleViolation("stage", "clients.prospect.stage.notAllowed");
        }
        if (target == ProspectStage.LOST && (reason == null || reason.isBlank())) {
            throw new ProspectRuleViolation("lostReason", "clients.prospect.lostReason.required");
        }
        stage = target;
        lostReason = target == ProspectStage.LOST ? reason.strip() : null;
        updatedAt = now;
    }

    public void reassign(long newOwnerId, Instant now) {
        ownerId = newOwnerId;
        updatedAt = now;
    }

    /** Onboarding opened a client for this prospect. */
    public void convert(long newClientId, Instant now) {
        if (!stage.open()) {
            throw new ProspectRuleViolation(null, "clients.prospect.stage.notAllowed");
        }
        stage = ProspectStage.CONVERTED;
        clientId = newClientId;
        updatedAt = now;
    }

    public boolean highNetWorth(BigDecimal threshold) {
        return estimatedAssets.compareTo(threshold) >= 0;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public ProspectSource getSource() {
        return source;
    }

    public BigDecimal getEstimatedAssets() {
        return estimatedAssets;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public ProspectStage getStage() {
        return stage;
    }

    public String getLostReason() {
        return lostReason;
    }

    public LocalDate getNextContact() {
        return nextContact;
    }

    public String getNotes() {
        return notes;
    }

    public Long getClientId() {
        return clientId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
