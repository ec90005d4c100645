package org.opencounter.clients.messaging;

import java.time.Instant;

/** A message in the outbox, as the history lists it. */
public record SentMessage(long id, MessageKind kind, String subject, String body, String link, String audience,
                          int recipients, String sender, String sentBy, Instant sentAt) {
}
