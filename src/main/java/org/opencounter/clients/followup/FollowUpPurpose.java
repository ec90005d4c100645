package org.opencounter.clients.followup;

public enum FollowUpPurpose {
    ROUTINE, KYC_REVIEW, PRODUCT, MARKET_UPDATE, ONBOARDING_CALLBACK, COMPLAINT
}
