package org.opencounter.platform.staff;

import java.util.Set;
import java.util.TreeSet;

/** What the audit trail stores of a staff account before and after a change (never the password hash). */
record StaffSnapshot(String username, String displayName, String employeeNumber, String branch, String sacNumber,
                     String email, String phone, Set<String> roles, String status) {

    static StaffSnapshot of(StaffUser user) {
        Set<String> roles = new TreeSet<>();
        user.getRoles().forEach(role -> roles.add(role.name()));
        return new StaffSnapshot(user.getUsername(), user.getDisplayName(), user.getEmployeeNumber(),
                user.getBranch().getCode(), user.getSacNumber(), user.getEmail(), user.getPhone(), roles,
                user.getStatus().name());
    }
}
