package org.opencounter.clients;

/** Sends system notices to clients through the outbox, where each is recorded with its delivery. */
public interface ClientNotices {

    /** Sends and records the notice in the caller's transaction; a notice whose key was sent before is skipped. */
    void send(ClientNotice notice);
}
