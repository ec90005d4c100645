package org.opencounter.clients.client;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The client's fund account (资金账户); its cash lives in the ledger. */
@Entity
@Table(name = "clients_fund_account")
public class FundAccount {

    private static final int MAX_FREEZE_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", updatable = false)
    private long clientId;

    @Column(name = "account_number", updatable = false)
    private String accountNumber;

    @Enumerated(EnumType.STRING)
    private FundAccountStatus status;

    @Column(name = "freeze_kind")
    private String freezeKind;

    @Column(name = "freeze_reason")
    private String freezeReason;

    @Column(name = "freeze_document")
    private String freezeDocument;

    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected FundAccount() {
    }

    public FundAccount(long clientId, String accountNumber, Instant now) {
        this.clientId = clientId;
        this.accountNumber = accountNumber;
        this.status = FundAccountStatus.ACTIVE;
        this.openedAt = now;
        this.lastActivityAt = now;
    }

    /** Whether cash may move in or out: not while frozen or closed. */
    public boolean canMoveCash() {
        return status == FundAccountStatus.ACTIVE || status == FundAccountStatus.DORMANT;
    }

    /** Freezes the account; no cash moves until it is unfrozen. */
    public void freeze(FreezeKind kind, String reason, String document, Instant now) {
        if (status == FundAccountStatus.CLOSED) {
            throw new AccountRuleViolation("clients.account.closed");
        }
        if (status == FundAccountStatus.FROZEN) {
            throw new AccountRuleViolation("clients.account.alreadyFrozen");
        }
        status = FundAccountStatus.FROZEN;
        freezeKind = kind.name();
        freezeReason = reason;
        freezeDocument = document;
        lastActivityAt = now;
    }

    /**
     * A confirmed sanctions hit freezes the account whatever its state but closed; an earlier freeze gives way, its
     * reason kept after the new one and its document kept when the hit names none.
     */
    public void freezeOnListHit(String reason, String document, Instant now) {
        if (status == FundAccountStatus.CLOSED) {
            throw new AccountRuleViolation("clients.account.closed");
        }
        String earlier = status == FundAccountStatus.FROZEN && !FreezeKind.SANCTIONS.name().equals(freezeKind)
                ? freezeReason : null;
        String combined = earlier == null ? reason : reason + "；原冻结：" + earlier;
        status = FundAccountStatus.FROZEN;
        freezeKind = FreezeKind.SANCTIONS.name();
        freezeReason = combined.length() > MAX_FREEZE_REASON ? combined.substring(0, MAX_FREEZE_REASON) : combined;
        freezeDocument = document != null ? document : freezeDocument;
        lastActivityAt = now;
    }

    /** Whether lifting the freeze is for compliance alone. */
    public boolean frozenOnListHit() {
        return status == FundAccountStatus.FROZEN && FreezeKind.SANCTIONS.name().equals(freezeKind);
    }

    public void unfreeze(Instant now) {
        if (status != FundAccountStatus.FROZEN) {
            throw new AccountRuleViolation("clients.account.notFrozen");
        }
        status = FundAccountStatus.ACTIVE;
        freezeKind = null;
        freezeReason = null;
        freezeDocument = null;
        lastActivityAt = now;
    }

    /** No activity for the dormancy period: the account is marked dormant until cash moves again. */
    public void markDormant() {
        if (status == FundAccountStatus.ACTIVE) {
            status = FundAccountStatus.DORMANT;
        }
    }

    public void close(Instant now) {
        if (status == FundAccountStatus.FROZEN) {
            throw new AccountRuleViolation("clients.account.frozenCannotClose");
        }
        if (status == FundAccountStatus.CLOSED) {
            throw new AccountRuleViolation("clients.account.closed");
        }
        status = FundAccountStatus.CLOSED;
        closedAt = now;
    }

    /** A movement of cash wakes a dormant account. */
    public void recordActivity(Instant now) {
        lastActivityAt = now;
        if (status == FundAccountStatus.DORMANT) {
            status = FundAccountStatus.ACTIVE;
        }
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public FundAccountStatus getStatus() {
        return status;
    }

    public String getFreezeKind() {
        return freezeKind;
    }

    public String getFreezeReason() {
        return freezeReason;
    }

    public String getFreezeDocument() {
        return freezeDocument;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
