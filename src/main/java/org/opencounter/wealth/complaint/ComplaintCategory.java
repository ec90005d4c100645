package org.opencounter.wealth.complaint;

/** What a complaint is about. */
public enum ComplaintCategory {
    SERVICE, PRODUCT, TRADING, FEES, STAFF_CONDUCT, SYSTEM
}
