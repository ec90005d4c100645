package org.opencounter.clients;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.client.InvestorClass;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clients as other modules see them, behind the same branch scoping as the client pages. */
@Service
public class ClientProfiles {

    private final ClientAccess access;
    private final ClientRepository clients;

    ClientProfiles(ClientAccess access, ClientRepository clients) {
        this.access = access;
        this.clients = clients;
    }

    /**
     * Clients' names by id, for lists another module has already scoped to what the staff member may see (its
     * records carry the client's branch).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> clientIds) {
        Map<Long, String> names = new HashMap<>();
        if (!clientIds.isEmpty()) {
            clients.findAllById(clientIds).forEach(client -> names.put(client.getId(), client.getName()));
        }
        return names;
    }

    /** The client, if the signed-in staff member may see it; otherwise a 404 (and another branch's is audited). */
    @Transactional(readOnly = true)
    public ClientProfile visible(long clientId) {
        Client client = access.visible(clientId);
        return new ClientProfile(client.getId(), client.getBranchId(), client.getName(),
                client.getKind() == ClientKind.INSTITUTION, client.getInvestorClass() == InvestorClass.PROFESSIONAL,
                client.getStatus() == ClientStatus.ACTIVE, client.getBirthDate());
    }
}
