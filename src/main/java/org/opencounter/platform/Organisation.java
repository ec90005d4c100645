package org.opencounter.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-only look-ups of branches and staff for the other modules. */
public interface Organisation {

    List<BranchInfo> branches();

    Optional<BranchInfo> branch(long id);

    Optional<StaffMember> staffMember(long id);

    /** Active staff of a branch holding the role, by name. */
    List<StaffMember> activeStaff(long branchId, Role role);

    /** Display names by staff id, for lists that show owners. */
    Map<Long, String> displayNames(Collection<Long> staffIds);
}
