package org.opencounter.clients.messaging;

import org.opencounter.clients.ClientMessageSender;

/** The default sender: sends nothing, so the outbox is the record of what was to be sent. */
class RecordOnlySender implements ClientMessageSender {

    @Override
    public String name() {
        return "record-only";
    }

    @Override
    public boolean recordsOnly() {
        return true;
    }

    @Override
    public boolean send(Recipient recipient, String subject, String body, String link) {
        return false;
    }
}
