package org.opencounter.clients.ledger;

import java.util.Map;

import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.platform.ApprovalSubmission;
import org.opencounter.platform.Approvals;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections to the append-only journal: a reversal is asked for at the counter and posted by
 * {@link JournalReversal} only when a branch manager other than the requester approves. An entry is reversed once.
 */
@Service
public class JournalCorrections {

    static final String TYPE = "clients.reverse-entry";

    private final ClientAccess access;
    private final FundAccountRepository fundAccounts;
    private final JournalReversal reversal;
    private final Approvals approvals;
    private final AuditTrail audit;

    JournalCorrections(ClientAccess access, FundAccountRepository fundAccounts, JournalReversal reversal,
                       Approvals approvals, AuditTrail audit) {
        this.access = access;
        this.fundAccounts = fundAccounts;
        this.reversal = reversal;
        this.approvals = approvals;
        this.audit = audit;
    }

    /** Asks for the entry's reversal; answers the approval request's id. */
    @Transactional
    public long requestReversal(long clientId, long entryId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new TransferRefused("clients.reversal.reason.required");
        }
        Client client = access.visible(clientId);
        FundAccount account = fundAccounts.findByClientId(clientId)
                .orElseThrow(() -> new TransferRefused("clients.transfer.clientNotActive"));
        JournalReversal.Entry entry = reversal.entry(entryId, account.getId());
        ReversalRequest request = new ReversalRequest(entryId, clientId);
        if (approvals.isPending(TYPE, request)) {
            throw new TransferRefused("clients.reversal.pending");
        }
        long id = approvals.submit(new ApprovalSubmission(TYPE, client.getName() + " · #" + entryId + " · "
                + entry.amount().toPlainString(), request, reason.strip(), client.getBranchId(), "/clients/" + clientId));
        audit.record(AuditRecord.change("clients.cash.reversal-request", ClientAccess.ENTITY, clientId, null,
                Map.of("journalEntry", entryId, "approval", id, "reason", reason.strip())));
        return id;
    }

}
