package org.opencounter.platform.staff;

import org.opencounter.platform.Role;

/** The payload of a request to grant a privileged role. */
record RoleGrant(long staffId, String username, Role role) {
}
