package org.opencounter.clients.client;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands clients from one account manager to another of the same branch, one or many at once, each audited. */
@Service
public class ClientAssignment {

    private final ClientAccess access;
    private final AccountManagers accountManagers;
    private final AuditTrail audit;
    private final Clock clock;

    ClientAssignment(ClientAccess access, AccountManagers accountManagers, AuditTrail audit, Clock clock) {
        this.access = access;
        this.accountManagers = accountManagers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reassigns all the clients or none; answers how many changed owner. */
    @Transactional
    public int reassign(Collection<Long> clientIds, long newOwnerId) {
        if (clientIds.isEmpty()) {
            throw new AccountRuleViolation("clients.reassign.noneSelected");
        }
        Instant now = clock.instant();
        int changed = 0;
        for (long clientId : clientIds) {
            Client client = access.visible(clientId);
            if (!accountManagers.isOwnerFor(newOwnerId, client.getBranchId())) {
                throw new AccountRuleViolation("clients.onboarding.owner.invalid");
            }
            if (client.getOwnerId() == newOwnerId) {
                continue;
            }
            long before = client.getOwnerId();
            client.reassign(newOwnerId, now);
            audit.record(AuditRecord.change("clients.client.reassign", ClientAccess.ENTITY, clientId,
                    Map.of("ownerId", before), Map.of("ownerId", newOwnerId)));
            changed++;
        }
        return changed;
    }
}
