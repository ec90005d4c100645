package org.opencounter.clients.messaging;

/** A market notice, or a link to a research note. */
public enum MessageKind {
    NOTICE, RESEARCH
}
