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
    /** Who writes material for the public: analysts, wealth advisers, branch managers, and compliance itself. */
    static final Set<Role> AUTHORS = EnumSet.of(Role.RESEARCH_ANALYST, Role.WEALTH_ADVISER, Role.BRANCH_MANAGER,
            Role.COMPLIANCE_OFFICER);
    /** Who opens the disclosure pages: the authors (their own submissions) and auditors. */
    static final Set<Role> DISCLOSURE_READERS = EnumSet.of(Role.RESEARCH_ANALYST, Role.WEALTH_ADVISER,
            Role.BRANCH_MANAGER, Role.COMPLIANCE_OFFICER, Role.AUDITOR);
}
