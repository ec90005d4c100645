package org.opencounter.clients.kyc;

/** Why an investor counts as professional (证券期货投资者适当性管理办法 art. 8). */
public enum ProfessionalCategory {
    /** Licensed financial institutions. */
    FINANCIAL_INSTITUTION(true),
    /** Products of financial institutions: funds, trust plans, wealth products. */
    FINANCIAL_PRODUCT(true),
    /** Pension and social-security funds, QFII and RQFII. */
    PENSION_OR_QFII(true),
    /** Other institutions meeting the net-asset, financial-asset and experience tests. */
    QUALIFIED_INSTITUTION(true),
    /** Individuals meeting the financial-asset or income test plus experience. */
    QUALIFIED_INDIVIDUAL(false);

    private final boolean institutional;

    ProfessionalCategory(boolean institutional) {
        this.institutional = institutional;
    }

    public boolean institutional() {
        return institutional;
    }
}
