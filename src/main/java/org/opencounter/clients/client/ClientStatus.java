package org.opencounter.clients.client;

/** Pending until the opening is approved; rejected openings stay for the record; closed clients keep their history. */
public enum ClientStatus {
    PENDING, ACTIVE, REJECTED, CLOSED
}
