package org.opencounter.clients.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.opencounter.clients.ClientOpened;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.clients.client.SecuritiesAccount;
import org.opencounter.clients.client.SecuritiesAccountRepository;
import org.opencounter.clients.ledger.CashLedger;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens an approved client's accounts: a fund account with its cash ledger accounts and an SSE and an SZSE account. */
@Service
public class AccountOpening {

    private final ClientRepository clients;
    private final FundAccountRepository fundAccounts;
    private final SecuritiesAccountRepository securitiesAccounts;
    private final AccountNumbers numbers;
    private final CashLedger ledger;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountOpening(ClientRepository clients, FundAccountRepository fundAccounts,
                   SecuritiesAccountRepository securitiesAccounts, AccountNumbers numbers, CashLedger ledger,
                   AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.fundAccounts = fundAccounts;
        this.securitiesAccounts = securitiesAccounts;
        this.numbers = numbers;
        this.ledger = ledger;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public FundAccount open(long clientId) {
        Client client = clients.findById(clientId).orElseThrow();
        ClientSnapshot before = ClientSnapshot.of(client);
        Instant now = clock.instant();
        client.open(LocalDate.now(clock), now);
        FundAccount account = fundAccounts.save(new FundAccount(clientId, numbers.fundAccount(client.getBranchId()), now));
        ledger.openClientAccounts(account.getId(), account.getAccountNumber());
        SecuritiesAccount sse = securitiesAccounts.save(new SecuritiesAccount(clientId, "SSE", numbers.sseAccount(), now));
        SecuritiesAccount szse = securitiesAccounts.save(new SecuritiesAccount(clientId, "SZSE", numbers.szseAccount(), now));
        audit.record(AuditRecord.change("clients.account.open", ClientAccess.ENTITY, clientId, before,
                Map.of("client", ClientSnapshot.of(client), "fundAccount", account.getAccountNumber(),
                        "sseAccount", sse.getAccountNumber(), "szseAccount", szse.getAccountNumber())));
        events.publishEvent(new ClientOpened(clientId, client.getBranchId(), account.getAccountNumber(),
                client.getAmlRisk().name()));
        return account;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long clientId) {
        Client client = clients.findById(clientId).orElseThrow();
        ClientSnapshot before = ClientSnapshot.of(client);
        client.reject(clock.instant());
        audit.record(AuditRecord.change("clients.account.reject", ClientAccess.ENTITY, clientId, before,
                ClientSnapshot.of(client)));
    }
}
