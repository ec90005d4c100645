package org.opencounter.clients.followup;

public enum FollowUpChannel {
    PHONE, VISIT, WECHAT, SMS, EMAIL
}
