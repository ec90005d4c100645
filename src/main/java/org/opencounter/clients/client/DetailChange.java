package org.opencounter.clients.client;

import java.time.Instant;

/**
 * One change of a client's details as the history keeps it: the mobile number masked, the bank card as its bank and
 * masked number, the address as written.
 */
public record DetailChange(long id, DetailField field, String before, String after, String reason, String changedBy,
                           Instant changedAt) {
}
