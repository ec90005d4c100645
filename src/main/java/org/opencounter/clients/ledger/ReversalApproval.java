package org.opencounter.clients.ledger;

import org.opencounter.platform.ApprovalBlocked;
import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A reversing entry is posted only after a branch manager of the client's branch, not the requester, approves. */
@Component
class ReversalApproval implements ApprovalHandler<ReversalRequest> {

    private final JournalReversal reversal;
    private final DisplayFormat format;

    ReversalApproval(JournalReversal reversal, DisplayFormat format) {
        this.reversal = reversal;
        this.format = format;
    }

    @Override
    public String type() {
        return JournalCorrections.TYPE;
    }

    @Override
    public Class<ReversalRequest> payloadType() {
        return ReversalRequest.class;
    }

    @Override
    public Role approvingRole() {
        return Role.BRANCH_MANAGER;
    }

    @Override
    public void approved(ReversalRequest request, ApprovalDecision decision) {
        try {
            reversal.reverse(request);
        } catch (TransferRefused refused) {
            throw new ApprovalBlocked(refused.messageKey(), refused.figures(format));
        }
    }
}
