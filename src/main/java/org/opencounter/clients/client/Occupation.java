package org.opencounter.clients.client;

/** Occupation groups as KYC forms ask them; some weigh on the AML rating. */
public enum Occupation {
    OFFICE_WORKER(false), PROFESSIONAL(false), CIVIL_SERVANT(false), BUSINESS_OWNER(false), FINANCE(false),
    FREELANCER(false), RETIRED(false), STUDENT(false), CASH_INTENSIVE_BUSINESS(true), POLITICALLY_EXPOSED(true);

    private final boolean sensitive;

    Occupation(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** Whether the occupation raises the initial AML rating. */
    public boolean sensitive() {
        return sensitive;
    }
}
