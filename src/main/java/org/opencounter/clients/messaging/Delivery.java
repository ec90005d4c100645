package org.opencounter.clients.messaging;

import java.time.Instant;

/** One recipient of a message and what became of it. */
public record Delivery(long clientId, String clientName, String channel, String status, Instant deliveredAt) {
}
