package org.opencounter.clients.client;

import java.util.List;

import org.opencounter.platform.Organisation;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffMember;
import org.springframework.stereotype.Component;

/** The account managers (客户经理) who may own a branch's clients and prospects: active, of that branch. */
@Component
public class AccountManagers {

    private final Organisation organisation;

    AccountManagers(Organisation organisation) {
        this.organisation = organisation;
    }

    public List<StaffMember> of(long branchId) {
        return organisation.activeStaff(branchId, Role.ACCOUNT_MANAGER);
    }

    public boolean isOwnerFor(Long staffId, long branchId) {
        return staffId != null && organisation.staffMember(staffId).filter(StaffMember::active)
                .filter(owner -> owner.branchId() == branchId)
                .filter(owner -> owner.roles().contains(Role.ACCOUNT_MANAGER)).isPresent();
    }
}
