package org.opencounter.clients;

/**
 * A message the system sends to one client on its own (a fill notice, a margin call), through the same outbox as
 * the staff's messages.
 *
 * @param requestKey what makes the notice unique: the same key twice sends once, e.g. {@code fill:<exec id>}
 * @param link       a path in the client's app, or null
 */
public record ClientNotice(long clientId, Kind kind, String subject, String body, String link, String requestKey) {

    /** What the notice is about; each kind is kept with the message. */
    public enum Kind {
        /** A trade report (成交回报). */
        FILL,
        /** A margin warning or call (追加担保物通知), with what restores the ratio and by when. */
        MARGIN
    }
}
