package org.opencounter.clients.messaging;

import java.util.List;

/** A market notice or a link to a research note, which staff send; a fill notice, which the system sends. */
public enum MessageKind {
    NOTICE, RESEARCH, FILL, MARGIN;

    /** The kinds a staff member may choose when writing a message. */
    public static final List<MessageKind> WRITTEN_BY_STAFF = List.of(NOTICE, RESEARCH);
}
