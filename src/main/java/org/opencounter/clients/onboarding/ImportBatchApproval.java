package org.opencounter.clients.onboarding;

import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** An imported batch of clients opens as a whole once a branch manager other than the importer approves it. */
@Component
class ImportBatchApproval implements ApprovalHandler<ImportBatch> {

    static final String TYPE = "clients.import-batch";

    private final AccountOpening opening;

    ImportBatchApproval(AccountOpening opening) {
        this.opening = opening;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<ImportBatch> payloadType() {
        return ImportBatch.class;
    }

    @Override
    public Role approvingRole() {
        return Role.BRANCH_MANAGER;
    }

    @Override
    public void approved(ImportBatch batch, ApprovalDecision decision) {
        batch.clientIds().forEach(opening::open);
    }

    @Override
    public void rejected(ImportBatch batch, ApprovalDecision decision) {
        batch.clientIds().forEach(opening::reject);
    }
}
