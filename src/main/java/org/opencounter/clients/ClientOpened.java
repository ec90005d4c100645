package org.opencounter.clients;

/** Published when a client's opening is approved and the accounts exist. */
public record ClientOpened(long clientId, long branchId, String fundAccountNumber, String amlRisk) {
}
