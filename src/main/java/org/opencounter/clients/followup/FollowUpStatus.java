package org.opencounter.clients.followup;

public enum FollowUpStatus {
    PLANNED, DONE, CANCELLED
}
