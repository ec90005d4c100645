package org.opencounter.clients.client;

public enum FundAccountStatus {
    ACTIVE, FROZEN, DORMANT, CLOSED
}
