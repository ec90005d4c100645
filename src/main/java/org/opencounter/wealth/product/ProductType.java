package org.opencounter.wealth.product;

/**
 * What the catalogue sells: open-ended mutual funds, funds listed on an exchange (ETFs, LOFs, bought through an
 * order), bank and securities firms' wealth products, asset-management plans, bonds and structured notes.
 */
public enum ProductType {
    MUTUAL_FUND, LISTED_FUND, WEALTH_PRODUCT, ASSET_MANAGEMENT_PLAN, BOND, STRUCTURED_NOTE
}
