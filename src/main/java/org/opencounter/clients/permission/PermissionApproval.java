package org.opencounter.clients.permission;

import org.opencounter.platform.ApprovalBlocked;
import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A branch manager reviews the figures of a permission application: approved, the client may trade the board. */
@Component
class PermissionApproval implements ApprovalHandler<PermissionApproval.Payload> {

    static final String TYPE = "clients.trading-permission";

    /** The application decided. */
    public record Payload(long applicationId) {
    }

    private final PermissionGrants permissions;

    PermissionApproval(PermissionGrants permissions) {
        this.permissions = permissions;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<Payload> payloadType() {
        return Payload.class;
    }

    @Override
    public Role approvingRole() {
        return Role.BRANCH_MANAGER;
    }

    @Override
    public void approved(Payload payload, ApprovalDecision decision) {
        try {
            permissions.grant(payload.applicationId(), decision.decidedBy());
        } catch (PermissionRefused refused) {
            throw new ApprovalBlocked(refused.messageKey(), refused.arguments());
        }
    }

    @Override
    public void rejected(Payload payload, ApprovalDecision decision) {
        try {
            permissions.reject(payload.applicationId(), decision.decidedBy());
        } catch (PermissionRefused alreadyDecided) {
            // an application decided elsewhere stays as it was
        }
    }
}
