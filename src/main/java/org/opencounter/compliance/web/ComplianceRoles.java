package org.opencounter.compliance.web;

import java.util.EnumSet;
import java.util.Set;

import org.opencounter.platform.Role;

/** Who may do what in compliance: officers work alerts, rules and scans; auditors read everything. */
final class ComplianceRoles {

    private ComplianceRoles() {
    }

    static final Set<Role> OFFICERS = EnumSet.of(Role.COMPLIANCE_OFFICER);
    static final Set<Role> READERS = EnumSet.of(Role.COMPLIANCE_OFFICER, Role.AUDITOR);
}
