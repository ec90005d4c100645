package org.opencounter.platform;

import java.util.EnumSet;
import java.util.Set;

/** The staff roles of the back office; branch roles see only their own branch's clients. */
public enum Role {
    ADMIN(false),
    BRANCH_MANAGER(true),
    ACCOUNT_MANAGER(true),
    COUNTER_CLERK(true),
    CREDIT_OFFICER(false),
    RISK_OFFICER(false),
    COMPLIANCE_OFFICER(false),
    AUDITOR(false),
    RESEARCH_ANALYST(false),
    WEALTH_ADVISER(true),
    /** Head office operations: the end of day (settlement), reconciliation with the exchanges. */
    OPERATIONS(false);

    /** Roles whose grant needs a second admin's approval. */
    public static final Set<Role> PRIVILEGED = EnumSet.of(ADMIN, COMPLIANCE_OFFICER);

    private final boolean branchScoped;

    Role(boolean branchScoped) {
        this.branchScoped = branchScoped;
    }

    /** The roles' names, as Spring Security's {@code hasAnyRole} takes them. */
    public static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    /** Whether holders of this role see only their own branch's records. */
    public boolean branchScoped() {
        return branchScoped;
    }

    /** Whether granting this role needs a second admin's approval. */
    public boolean privileged() {
        return PRIVILEGED.contains(this);
    }

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's translated name. */
    public String messageKey() {
        return "platform.role." + name();
    }
}
