package org.opencounter.clients.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.ClientMessageSender;
import org.opencounter.clients.client.Client;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The message outbox: a message is handed to the configured sender once per recipient, and what was sent, to whom
 * and with what result is recorded, in the caller's transaction. A request key sent before answers the earlier
 * message instead of sending again.
 */
@Component
class Outbox {

    /** What goes out, to whom, on whose behalf. */
    record Outgoing(MessageKind kind, String subject, String body, String link, String audience, Long branchId,
                    List<Client> recipients, String sentBy, String requestKey, Instant at) {
    }

    private final ClientMessageSender sender;
    private final JdbcClient jdbc;

    Outbox(ClientMessageSender sender, JdbcClient jdbc) {
        this.sender = sender;
        this.jdbc = jdbc;
    }

    Optional<Long> earlier(String requestKey) {
        return jdbc.sql("select id from clients_message where request_key = ?").param(requestKey)
                .query(Long.class).optional();
    }

    String senderName() {
        return sender.name();
    }

    /** Sends to each recipient and records the message and the deliveries; answers the message id. */
    long send(Outgoing message) {
        long id = jdbc.sql("""
                        insert into clients_message (kind, subject, body, link, audience, branch_id, recipients, sender,
                            sent_by, sent_at, request_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(message.kind().name(), message.subject().strip(), message.body().strip(), message.link(),
                        message.audience(), message.branchId(), message.recipients().size(), sender.name(),
                        message.sentBy(), Timestamp.from(message.at()), message.requestKey())
                .query(Long.class).single();
        for (Client client : message.recipients()) {
            String status = deliver(client, message);
            jdbc.sql("""
                            insert into clients_message_delivery (message_id, client_id, channel, status, delivered_at)
                            values (?, ?, 'SMS', ?, ?)""")
                    .params(id, client.getId(), status, Timestamp.from(message.at())).update();
        }
        return id;
    }

    private String deliver(Client client, Outgoing message) {
        boolean sent = sender.send(new ClientMessageSender.Recipient(client.getId(), client.getName(),
                client.getMobile()), message.subject(), message.body(), message.link());
        if (sender.recordsOnly()) {
            return "RECORDED";
        }
        return sent ? "SENT" : "FAILED";
    }
}
