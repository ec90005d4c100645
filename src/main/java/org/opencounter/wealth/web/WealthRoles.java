package org.opencounter.wealth.web;

import java.util.EnumSet;
import java.util.Set;

import org.opencounter.platform.Role;

/** Who does what in wealth planning; the URL rules, the navigation and the buttons read from here. */
final class WealthRoles {

    private WealthRoles() {
    }

    /** Who takes a client through the questionnaire, asks for suitability and records a warning's confirmation. */
    static final Set<Role> ADVISERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.COUNTER_CLERK,
            Role.WEALTH_ADVISER);

    /** Who reads clients' assessments and verdicts: the branch's advisers and head office's supervisors. */
    static final Set<Role> READERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER, Role.COUNTER_CLERK,
            Role.WEALTH_ADVISER, Role.COMPLIANCE_OFFICER, Role.AUDITOR);

    /** Who rates products and keeps the catalogue (产品风险评级): compliance. */
    static final Set<Role> CATALOGUE_KEEPERS = EnumSet.of(Role.COMPLIANCE_OFFICER);

    /** Who drafts new questionnaire versions; a second compliance officer activates each. */
    static final Set<Role> QUESTIONNAIRE_KEEPERS = EnumSet.of(Role.COMPLIANCE_OFFICER);

    /** Who takes in and handles complaints: the branch, and compliance for escalated ones. */
    static final Set<Role> COMPLAINT_HANDLERS = EnumSet.of(Role.BRANCH_MANAGER, Role.ACCOUNT_MANAGER,
            Role.COUNTER_CLERK, Role.WEALTH_ADVISER, Role.COMPLIANCE_OFFICER);

    /** Who sets up sales campaigns at their branch. */
    static final Set<Role> CAMPAIGNERS = EnumSet.of(Role.BRANCH_MANAGER, Role.WEALTH_ADVISER);

    /** Who keeps the model allocations that plans start from. */
    static final Set<Role> MODEL_KEEPERS = EnumSet.of(Role.WEALTH_ADVISER);

    /** The catalogue is no client data: every member of staff may browse it. */
    static final Set<Role> CATALOGUE_READERS = EnumSet.allOf(Role.class);
}
