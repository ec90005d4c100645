package org.opencounter.wealth.campaign;

/** How a campaign reaches its clients. */
public enum CampaignChannel {
    BRANCH, PHONE, SMS, APP, EVENT
}
