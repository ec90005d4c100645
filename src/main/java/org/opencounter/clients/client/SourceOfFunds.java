package org.opencounter.clients.client;

/** Where the money in the account comes from; anything but the usual sources weighs on the AML rating. */
public enum SourceOfFunds {
    SALARY(false), SAVINGS(false), BUSINESS_INCOME(false), INVESTMENT_INCOME(false), INHERITANCE_OR_GIFT(true),
    PROPERTY_SALE(true), OTHER(true);

    private final boolean unusual;

    SourceOfFunds(boolean unusual) {
        this.unusual = unusual;
    }

    public boolean unusual() {
        return unusual;
    }
}
