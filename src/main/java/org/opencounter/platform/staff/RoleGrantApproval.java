package org.opencounter.platform.staff;

import java.time.Clock;

import org.opencounter.platform.ApprovalDecision;
import org.opencounter.platform.ApprovalHandler;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.Role;
import org.springframework.stereotype.Component;

/** Grants ADMIN or COMPLIANCE_OFFICER only after a second admin approves. */
@Component
class RoleGrantApproval implements ApprovalHandler<RoleGrant> {

    static final String TYPE = "platform.grant-role";

    private final StaffUserRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    RoleGrantApproval(StaffUserRepository users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Class<RoleGrant> payloadType() {
        return RoleGrant.class;
    }

    @Override
    public Role approvingRole() {
        return Role.ADMIN;
    }

    @Override
    public void approved(RoleGrant grant, ApprovalDecision decision) {
        StaffUser user = users.findById(grant.staffId()).orElseThrow();
        StaffSnapshot before = StaffSnapshot.of(user);
        user.grant(grant.role(), clock.instant());
        audit.record(AuditRecord.change("platform.staff.grant-role", "StaffUser", user.getId(), before,
                StaffSnapshot.of(user)));
    }
}
