package org.opencounter.clients.onboarding;

/** The payload of an account-opening approval: which pending client to open. */
public record AccountOpeningRequest(long clientId) {
}
