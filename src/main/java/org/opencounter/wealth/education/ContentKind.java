package org.opencounter.wealth.education;

/**
 * What the library holds: articles, risk disclosures (clients acknowledge them) and notices against illegal securities
 * activities.
 */
public enum ContentKind {
    ARTICLE, RISK_DISCLOSURE, ANTI_FRAUD
}
