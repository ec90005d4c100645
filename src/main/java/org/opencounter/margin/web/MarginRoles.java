package org.opencounter.margin.web;

import java.util.EnumSet;
import java.util.Set;

import org.opencounter.platform.Role;

/** Who does what in margin financing; the URL rules, the navigation and the buttons read from here. */
final class MarginRoles {

    private MarginRoles() {
    }

    /** Who investigates clients and submits credit applications (征信与授信). */
    static final Set<Role> CREDIT_OFFICERS = EnumSet.of(Role.CREDIT_OFFICER);

    /** Who keeps the margin lists and their collateral rates: risk. */
    static final Set<Role> LIST_KEEPERS = EnumSet.of(Role.RISK_OFFICER);

    /** The margin lists are public information the counter quotes to clients: every member of staff reads them. */
    static final Set<Role> LIST_READERS = EnumSet.allOf(Role.class);

    /**
     * Who reads applications and contracts: credit and risk (the checker), compliance and audit, and the branch
     * manager for the branch's own clients.
     */
    static final Set<Role> READERS = EnumSet.of(Role.CREDIT_OFFICER, Role.RISK_OFFICER, Role.COMPLIANCE_OFFICER,
            Role.AUDITOR, Role.BRANCH_MANAGER);

    /** Who proposes and approves forced liquidations: risk, two different officers (maker-checker). */
    static final Set<Role> LIQUIDATORS = EnumSet.of(Role.RISK_OFFICER);

    /** Who moves cash in and out of credit accounts and takes direct repayments: the counter and its manager. */
    static final Set<Role> COUNTER = EnumSet.of(Role.COUNTER_CLERK, Role.BRANCH_MANAGER);

    /** Who reads a credit account: the readers of contracts, and the branch staff who serve and trade for clients. */
    static final Set<Role> ACCOUNT_READERS = EnumSet.of(Role.CREDIT_OFFICER, Role.RISK_OFFICER,
            Role.COMPLIANCE_OFFICER, Role.AUDITOR, Role.BRANCH_MANAGER, Role.COUNTER_CLERK, Role.ACCOUNT_MANAGER);
}
