package org.opencounter.clients.onboarding;

import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** An account opening waits for a branch manager of the client's branch (or head office) other than the maker. */
@Component
class AccountOpeningApproval implements ApprovalHandler<AccountOpeningRequest> {

    static final String TYPE = "clients.open-account";

    private final AccountOpening opening;

    AccountOpeningApproval(AccountOpening opening) {
        this.opening = opening;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<AccountOpeningRequest> payloadType() {
        return AccountOpeningRequest.class;
    }

    @Override
    public Role approvingRole() {
        return Role.BRANCH_MANAGER;
    }

    @Override
    public void approved(AccountOpeningRequest request, ApprovalDecision decision) {
        opening.open(request.clientId());
    }

    @Override
    public void rejected(AccountOpeningRequest request, ApprovalDecision decision) {
        opening.reject(request.clientId());
    }
}
