package org.opencounter.clients.permission;

import org.opencounter.platform.ChangeApproval;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** A branch manager reviews the figures of a permission application: approved, the client may trade the board. */
@Component
class PermissionApproval extends ChangeApproval<PermissionApproval.Payload> {

    static final String TYPE = "clients.trading-permission";

    /** The application decided. */
    public record Payload(long applicationId) {
    }

    private final PermissionGrants permissions;

    PermissionApproval(PermissionGrants permissions) {
        super(TYPE, Payload.class, Role.BRANCH_MANAGER);
        this.permissions = permissions;
    }

    @Override
    protected void apply(Payload payload, String decidedBy) {
        permissions.grant(payload.applicationId(), decidedBy);
    }

    @Override
    protected void reject(Payload payload, String decidedBy) {
        permissions.reject(payload.applicationId(), decidedBy);
    }
}
