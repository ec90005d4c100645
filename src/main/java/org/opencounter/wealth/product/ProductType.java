package org.opencounter.wealth.product;

/**
 * What the catalogue sells: open-ended mutual funds, funds listed on an exchange (ETFs, LOFs, bought through an
 * order), bank and securities firms' wealth products, asset-management plans, bonds and structured notes.
 */
public enum ProductType {
    MUTUAL_FUND(3), LISTED_FUND(1), WEALTH_PRODUCT(1), ASSET_MANAGEMENT_PLAN(3), BOND(1), STRUCTURED_NOTE(2);

    private final int redemptionDays;

    ProductType(int redemptionDays) {
        this.redemptionDays = redemptionDays;
    }

    /**
     * The trading days after a redemption on which its proceeds reach the client's account (赎回到账, T+n), house
     * rule by product type: funds and plans T+3, well inside the seven working days the CSRC allows a fund manager
     * (公开募集证券投资基金运作管理办法), structured notes T+2, the rest T+1.
     */
    public int redemptionDays() {
        return redemptionDays;
    }
}
