package org.opencounter.clients.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.opencounter.clients.LargeCashTransferFlagged;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.client.ClientsProperties;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.clients.client.FundAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank transfers in and out of a client's fund account (银证转账). The fund account row is locked first, so
 * concurrent withdrawals queue and none can overdraw; a repeated request key returns the first result unchanged.
 */
@Service
public class BankTransfers {

    private final ClientAccess access;
    private final FundAccountRepository fundAccounts;
    private final CashLedger ledger;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ClientsProperties properties;
    private final Clock clock;

    BankTransfers(ClientAccess access, FundAccountRepository fundAccounts, CashLedger ledger, AuditTrail audit,
                  ApplicationEventPublisher events, ClientsProperties properties, Clock clock) {
        this.access = access;
        this.fundAccounts = fundAccounts;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public TransferReceipt transfer(long clientId, TransferDirection direction, BigDecimal amount, String requestKey) {
        Client client = access.visible(clientId);
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new TransferRefused("clients.transfer.amount.invalid");
        }
        if (client.getStatus() != ClientStatus.ACTIVE) {
            throw new TransferRefused("clients.transfer.clientNotActive");
        }
        FundAccount account = fundAccounts.lockByClientId(clientId)
                .orElseThrow(() -> new TransferRefused("clients.transfer.clientNotActive"));
        var earlier = ledger.entryWithKey(requestKey);
        if (earlier.isPresent()) {
            if (earlier.get()[1] != account.getId()) {
                throw new TransferRefused("clients.transfer.keyReused");
            }
            return new TransferReceipt(earlier.get()[0], amount, false, true);
        }
        if (!account.canMoveCash()) {
            throw new TransferRefused("clients.transfer.accountFrozen", account.getAccountNumber());
        }
        BigDecimal value = amount.setScale(2);
        if (direction == TransferDirection.OUT) {
            BigDecimal withdrawable = ledger.balances(account.getId()).withdrawable();
            if (value.compareTo(withdrawable) > 0) {
                throw new TransferRefused("clients.transfer.insufficient", value, withdrawable);
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        BigDecimal dayTotal = ledger.bankTransfersOn(account.getId(), today).add(value);
        boolean large = dayTotal.compareTo(properties.largeTransferThreshold()) >= 0;
        long entryId = ledger.post(new CashLedger.Posting(direction.journalKind(), account.getId(), value, today,
                null, requestKey, null, large, CurrentStaff.require().username(), now,
                lines(account.getId(), direction, value)));
        account.recordActivity(now);
        audit.record(AuditRecord.change("clients.cash.transfer-" + direction.name().toLowerCase(java.util.Locale.ROOT),
                ClientAccess.ENTITY, clientId, null, Map.of("journalEntry", entryId, "amount", value,
                        "fundAccount", account.getAccountNumber())));
        if (large) {
            events.publishEvent(new LargeCashTransferFlagged(clientId, client.getBranchId(),
                    account.getAccountNumber(), entryId, direction.name(), value, dayTotal, today));
        }
        return new TransferReceipt(entryId, value, large, false);
    }

    private List<CashLedger.Line> lines(long fundAccountId, TransferDirection direction, BigDecimal value) {
        long clientCash = ledger.clientAccounts(fundAccountId).available();
        long bank = ledger.bankSettlementAccount();
        return direction == TransferDirection.IN
                ? List.of(CashLedger.Line.debit(bank, LedgerAccountKind.BANK_SETTLEMENT, value),
                        CashLedger.Line.credit(clientCash, LedgerAccountKind.CLIENT_AVAILABLE, value))
                : List.of(CashLedger.Line.debit(clientCash, LedgerAccountKind.CLIENT_AVAILABLE, value),
                        CashLedger.Line.credit(bank, LedgerAccountKind.BANK_SETTLEMENT, value));
    }
}
