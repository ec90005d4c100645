package org.opencounter.clients.web;

import java.util.EnumSet;
import java.util.Set;

import org.opencounter.platform.Role;

/** Who does what with clients; the URL rules, the navigation and the page buttons all read from here. */
final class ClientRoles {

    private ClientRoles() {
    }

    /** Everyone who serves or supervises clients; admins and analysts see no client data. */
    static final Set<Role> READERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.COUNTER_CLERK,
            Role.WEALTH_ADVISER, Role.CREDIT_OFFICER, Role.RISK_OFFICER, Role.COMPLIANCE_OFFICER, Role.AUDITOR);

    /** Who takes account-opening applications at the branch. */
    static final Set<Role> ONBOARDERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.COUNTER_CLERK);

    /** Who takes and withdraws applications for board trading permissions (权限开通) at the branch. */
    static final Set<Role> PERMISSION_CLERKS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK);

    /** Who moves cash at the counter. */
    static final Set<Role> CASHIERS = EnumSet.of(Role.BRANCH_MANAGER, Role.COUNTER_CLERK);

    /** Who works the prospect pipeline. */
    static final Set<Role> PROSPECTORS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.WEALTH_ADVISER);

    /** Who follows up with clients (回访). */
    static final Set<Role> FOLLOWERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.WEALTH_ADVISER);

    /** Who sends market information to clients. */
    static final Set<Role> MESSENGERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.WEALTH_ADVISER);

    /** Who hands prospects and clients from one account manager to another. */
    static final Set<Role> REASSIGNERS = EnumSet.of(Role.BRANCH_MANAGER);

    /** Who freezes and unfreezes accounts: the branch manager, and head office's compliance and risk officers. */
    static final Set<Role> FREEZERS = EnumSet.of(Role.BRANCH_MANAGER, Role.COMPLIANCE_OFFICER, Role.RISK_OFFICER);

    /** Who closes accounts. */
    static final Set<Role> CLOSERS = EnumSet.of(Role.BRANCH_MANAGER);

    /** Who proves the cash ledger. */
    static final Set<Role> LEDGER_CHECKERS = EnumSet.of(Role.AUDITOR, Role.COMPLIANCE_OFFICER, Role.RISK_OFFICER);
}
