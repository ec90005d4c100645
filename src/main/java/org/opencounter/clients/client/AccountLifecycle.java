package org.opencounter.clients.client;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.AccountClosureCheck;
import org.opencounter.clients.SanctionsFreeze;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezing, unfreezing, dormancy and closing of a client's fund account. Every change is audited with what it was
 * before; cash is checked against the ledger so an account with money in it cannot close.
 */
@Service
public class AccountLifecycle implements SanctionsFreeze {

    /** No cash movement for this long makes an account dormant. */
    static final Period DORMANCY = Period.ofMonths(12);

    private final ClientAccess access;
    private final FundAccountRepository fundAccounts;
    private final AccountCash cash;
    private final List<AccountClosureCheck> closureChecks;
    private final AuditTrail audit;
    private final Clock clock;

    AccountLifecycle(ClientAccess access, FundAccountRepository fundAccounts, AccountCash cash,
                     List<AccountClosureCheck> closureChecks, AuditTrail audit, Clock clock) {
        this.access = access;
        this.fundAccounts = fundAccounts;
        this.cash = cash;
        this.closureChecks = closureChecks;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the ledger says a fund account holds; implemented by the ledger so clients need not know it. */
    public interface AccountCash {

        BigDecimal total(long fundAccountId);
    }

    @Transactional
    public void freeze(long clientId, FreezeKind kind, String reason, String document) {
        if (reason == null || reason.isBlank()) {
            throw new AccountRuleViolation("clients.account.freezeReason.required");
        }
        if (!FreezeKind.byHand().contains(kind)) {
            throw new AccountRuleViolation("clients.account.listFreezeByScreening");
        }
        FundAccount account = lockedAccount(access.visible(clientId));
        Map<String, Object> before = snapshot(account);
        account.freeze(kind, reason.strip(), document == null || document.isBlank() ? null : document.strip(),
                clock.instant());
        audit.record(AuditRecord.change("clients.account.freeze", ClientAccess.ENTITY, clientId, before,
                snapshot(account)));
    }

    @Override
    @Transactional
    public void freezeOnListHit(long clientId, String reason, String reference) {
        FundAccount account = lockedAccount(access.visible(clientId));
        Map<String, Object> before = snapshot(account);
        account.freezeOnListHit(reason.strip(), reference, clock.instant());
        audit.record(AuditRecord.change("clients.account.freeze-list-hit", ClientAccess.ENTITY, clientId, before,
                snapshot(account)));
    }

    /** Lifts a freeze; one on a confirmed sanctions hit only a compliance officer lifts. */
    @Transactional
    public void unfreeze(long clientId) {
        FundAccount account = lockedAccount(access.visible(clientId));
        if (account.frozenOnListHit() && !CurrentStaff.require().hasRole(Role.COMPLIANCE_OFFICER)) {
            throw new AccountRuleViolation("clients.account.listHitUnfreeze");
        }
        Map<String, Object> before = snapshot(account);
        account.unfreeze(clock.instant());
        audit.record(AuditRecord.change("clients.account.unfreeze", ClientAccess.ENTITY, clientId, before,
                snapshot(account)));
    }

    /** Closes the accounts: only with no cash, and nothing another module holds against it (positions, orders). */
    @Transactional
    public void close(long clientId) {
        Client client = access.visible(clientId);
        FundAccount account = lockedAccount(client);
        BigDecimal total = cash.total(account.getId());
        if (total.signum() != 0) {
            throw new AccountRuleViolation("clients.account.cashRemains", total);
        }
        for (AccountClosureCheck check : closureChecks) {
            Optional<String> reason = check.blockingReason(clientId);
            if (reason.isPresent()) {
                throw new AccountRuleViolation(reason.get());
            }
        }
        Map<String, Object> before = snapshot(account);
        Instant now = clock.instant();
        account.close(now);
        client.close(now);
        audit.record(AuditRecord.change("clients.account.close", ClientAccess.ENTITY, clientId, before,
                snapshot(account)));
    }

    /** Marks accounts without cash movement for 12 months dormant; answers how many. */
    @Transactional
    public int markDormantAccounts() {
        Instant cutoff = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).minus(DORMANCY).toInstant();
        List<FundAccount> idle = fundAccounts.findActiveIdleSince(cutoff);
        idle.forEach(account -> {
            account.markDormant();
            audit.record(AuditRecord.change("clients.account.dormant", ClientAccess.ENTITY, account.getClientId(),
                    Map.of("status", "ACTIVE"), Map.of("status", "DORMANT", "lastActivity",
                            account.getLastActivityAt().toString())));
        });
        return idle.size();
    }

    /** The visible client's fund account, locked for the change. */
    private FundAccount lockedAccount(Client client) {
        return fundAccounts.lockByClientId(client.getId())
                .orElseThrow(() -> new AccountRuleViolation("clients.transfer.clientNotActive"));
    }

    private static Map<String, Object> snapshot(FundAccount account) {
        Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("fundAccount", account.getAccountNumber());
        state.put("status", account.getStatus().name());
        state.put("freezeKind", account.getFreezeKind());
        state.put("freezeReason", account.getFreezeReason());
        state.put("freezeDocument", account.getFreezeDocument());
        return state;
    }
}
