package org.opencounter.orders.web;

import java.util.EnumSet;
import java.util.Set;

import org.opencounter.platform.Role;

/** Who does what with orders; the URL rules, the navigation and the buttons read from here. */
final class OrderRoles {

    private OrderRoles() {
    }

    /** Who takes and cancels orders for clients at the branch. */
    static final Set<Role> TRADERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.COUNTER_CLERK);

    /** Who sees the blotters and order details: the branch, and head office's supervisors. */
    static final Set<Role> READERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.COUNTER_CLERK,
            Role.RISK_OFFICER, Role.COMPLIANCE_OFFICER, Role.AUDITOR);

    /** Who runs the end of day. */
    static final Set<Role> SETTLERS = EnumSet.of(Role.OPERATIONS);

    /** Who negotiates clients' commission rates (佣金) with them; a branch manager approves each change. */
    static final Set<Role> COMMISSION_SETTERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER);

    /** Who follows the end of day: operations and head office's supervisors. */
    static final Set<Role> SETTLEMENT_READERS = EnumSet.of(Role.OPERATIONS, Role.RISK_OFFICER, Role.COMPLIANCE_OFFICER,
            Role.AUDITOR);
}
