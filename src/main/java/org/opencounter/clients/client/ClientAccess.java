package org.opencounter.clients.client;

import org.hibernate.Hibernate;
import org.opencounter.platform.AuditOutcome;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Branch scoping for clients: branch staff reach only their own branch's clients; head-office roles reach all.
 * Reaching for another branch's client answers as if it did not exist, and the attempt is audited.
 */
@Service
public class ClientAccess {

    public static final String ENTITY = "Client";

    private final ClientRepository clients;
    private final AuditTrail audit;

    ClientAccess(ClientRepository clients, AuditTrail audit) {
        this.clients = clients;
        this.audit = audit;
    }

    /** The client, if the signed-in staff member may see it; otherwise {@link ClientNotFound}. */
    @Transactional(readOnly = true)
    public Client visible(long id) {
        Client client = clients.findById(id).orElseThrow(() -> new ClientNotFound(id));
        refuseUnlessReachable(id, client.getBranchId());
        return client;
    }

    /** Only the check of {@link #visible}, reading nothing but the client's branch (order entry's hot path). */
    @Transactional(readOnly = true)
    public void requireVisible(long id) {
        refuseUnlessReachable(id, clients.findBranchIdById(id).orElseThrow(() -> new ClientNotFound(id)));
    }

    private void refuseUnlessReachable(long id, long branchId) {
        if (!mayReach(CurrentStaff.require(), branchId)) {
            audit.recordIndependently(new AuditRecord("clients.client.other-branch", ENTITY, String.valueOf(id), null,
                    null, AuditOutcome.DENIED, "branch " + branchId, null));
            throw new ClientNotFound(id);
        }
    }

    /**
     * The client, if visible, with the look recorded in the audit trail (查询留痕) and an institution's beneficial
     * owners loaded for the page that shows them.
     */
    @Transactional
    public Client viewed(long id) {
        Client client = visible(id);
        Hibernate.initialize(client.getBeneficialOwners());
        audit.record(AuditRecord.view("clients.client.view", ENTITY, id));
        return client;
    }

    /** The full identity number or mobile of a visible client: a deliberate, audited look. */
    @Transactional
    public String reveal(long id, RevealedField field) {
        Client client = visible(id);
        audit.record(AuditRecord.view("clients.client.reveal-" + field.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), ENTITY, id));
        return field == RevealedField.ID_NUMBER ? client.getIdNumber() : client.getMobile();
    }

    public static boolean mayReach(StaffPrincipal staff, long branchId) {
        return !staff.branchScoped() || staff.branchId() == branchId;
    }
}
