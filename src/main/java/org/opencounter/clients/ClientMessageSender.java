package org.opencounter.clients;

/**
 * Delivers a message to one client (SMS gateway, app push, e-mail). Provide a bean to send for real; without one the
 * outbox only records what would have been sent.
 */
public interface ClientMessageSender {

    /** A short name kept with each message, e.g. {@code record-only} or {@code sms-gateway}. */
    String name();

    /** True for a sender that only records; its deliveries are marked recorded rather than sent or failed. */
    default boolean recordsOnly() {
        return false;
    }

    /** Sends one message; answers whether it went out. Must not throw for a single failed recipient. */
    boolean send(Recipient recipient, String subject, String body, String link);

    /** Who a message goes to; the mobile is the full number, for the sender only. */
    record Recipient(long clientId, String name, String mobile) {
    }
}
