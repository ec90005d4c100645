package org.opencounter.platform;

import java.util.Set;

/** A member of staff as other modules see them: who owns a client or a prospect. */
public record StaffMember(long id, String username, String displayName, long branchId, Set<Role> roles,
                          boolean active) {
}
