package org.opencounter.wealth.campaign;

/** What staff made of a lead; whether it converted is read from the sales. */
public enum LeadStatus {
    LEAD, CONTACTED, DECLINED
}
