package org.opencounter.clients.client;

public enum KycStatus {
    PENDING_REVIEW, APPROVED, NEEDS_UPDATE
}
