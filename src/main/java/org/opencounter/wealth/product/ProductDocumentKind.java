package org.opencounter.wealth.product;

/**
 * What a product document is: the prospectus (招募说明书 / 产品说明书), the contract (产品合同), the risk disclosure
 * (风险揭示书) a buyer acknowledges, the fact sheet (产品资料概要), a periodic report, or something else.
 */
public enum ProductDocumentKind {
    PROSPECTUS, CONTRACT, RISK_DISCLOSURE, FACT_SHEET, REPORT, OTHER
}
