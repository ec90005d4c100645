package org.opencounter.clients.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.persistence.criteria.Predicate;
import org.opencounter.clients.ClientMessageSender;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market information service: a notice or a research link to one client or a segment of the branch's active
 * clients, handed to the configured sender, with a record of what was sent to whom and when.
 */
@Service
public class ClientMessaging {

    private static final String ENTITY = "ClientMessage";

    private final ClientRepository clients;
    private final ClientAccess access;
    private final ClientMessageSender sender;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ClientMessaging(ClientRepository clients, ClientAccess access, ClientMessageSender sender, JdbcClient jdbc,
                    AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.access = access;
        this.sender = sender;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends and records the message; the same request twice sends once. Answers the message id. */
    @Transactional
    public long send(MessageForm form) {
        Optional<Long> earlier = jdbc.sql("select id from clients_message where request_key = ?")
                .param(form.getRequestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        StaffPrincipal me = CurrentStaff.require();
        List<Client> recipients = recipients(form, me);
        if (recipients.isEmpty()) {
            throw new MessageRefused("clients.message.noRecipients");
        }
        Instant now = clock.instant();
        String link = form.getLink().isBlank() ? null : form.getLink();
        long id = jdbc.sql("""
                        insert into clients_message (kind, subject, body, link, audience, branch_id, recipients, sender,
                            sent_by, sent_at, request_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.getKind().name(), form.getSubject().strip(), form.getBody().strip(), link,
                        audience(form, recipients), me.scopedBranchId(), recipients.size(), sender.name(),
                        me.username(), Timestamp.from(now), form.getRequestKey())
                .query(Long.class).single();
        for (Client client : recipients) {
            String status = deliver(client, form, link);
            jdbc.sql("""
                            insert into clients_message_delivery (message_id, client_id, channel, status, delivered_at)
                            values (?, ?, 'SMS', ?, ?)""")
                    .params(id, client.getId(), status, Timestamp.from(now)).update();
        }
        audit.record(AuditRecord.change("clients.message.send", ENTITY, id, null,
                Map.of("subject", form.getSubject(), "recipients", recipients.size(), "sender", sender.name())));
        return id;
    }

    @Transactional(readOnly = true)
    public Page<SentMessage> history(Pageable pageable) {
        Long scope = CurrentStaff.require().scopedBranchId();
        long total = jdbc.sql("select count(*) from clients_message where (cast(? as bigint) is null or branch_id = ?)")
                .params(scope, scope).query(Long.class).single();
        List<SentMessage> rows = jdbc.sql("""
                        select * from clients_message where (cast(? as bigint) is null or branch_id = ?)
                        order by sent_at desc, id desc limit ? offset ?""")
                .params(scope, scope, pageable.getPageSize(), pageable.getOffset()).query(ClientMessaging::sent).list();
        return new PageImpl<>(rows, pageable, total);
    }

    @Transactional(readOnly = true)
    public Optional<SentMessage> message(long id) {
        Long scope = CurrentStaff.require().scopedBranchId();
        return jdbc.sql("select * from clients_message where id = ? and (cast(? as bigint) is null or branch_id = ?)")
                .params(id, scope, scope).query(ClientMessaging::sent).optional();
    }

    @Transactional(readOnly = true)
    public Page<Delivery> deliveries(long messageId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from clients_message_delivery where message_id = ?").param(messageId)
                .query(Long.class).single();
        List<Delivery> rows = jdbc.sql("""
                        select d.client_id, c.name, d.channel, d.status, d.delivered_at from clients_message_delivery d
                        join clients_client c on c.id = d.client_id where d.message_id = ? order by c.name limit ? offset ?""")
                .params(messageId, pageable.getPageSize(), pageable.getOffset())
                .query((row, n) -> new Delivery(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant())).list();
        return new PageImpl<>(rows, pageable, total);
    }

    private String deliver(Client client, MessageForm form, String link) {
        boolean sent = sender.send(new ClientMessageSender.Recipient(client.getId(), client.getName(),
                client.getMobile()), form.getSubject(), form.getBody(), link);
        if (sender.recordsOnly()) {
            return "RECORDED";
        }
        return sent ? "SENT" : "FAILED";
    }

    private List<Client> recipients(MessageForm form, StaffPrincipal me) {
        if (form.getClientId() != null) {
            Client client = access.visible(form.getClientId());
            return client.getStatus() == ClientStatus.ACTIVE ? List.of(client) : List.of();
        }
        Long scope = me.scopedBranchId();
        Specification<Client> segment = (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(cb.equal(root.get("status"), ClientStatus.ACTIVE));
            if (scope != null) {
                conditions.add(cb.equal(root.get("branchId"), scope));
            }
            if (form.getOwnerId() != null) {
                conditions.add(cb.equal(root.get("ownerId"), form.getOwnerId()));
            }
            if (form.getAmlRisk() != null) {
                conditions.add(cb.equal(root.get("amlRisk"), form.getAmlRisk()));
            }
            if (form.getInvestorClass() != null) {
                conditions.add(cb.equal(root.get("investorClass"), form.getInvestorClass()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
        return clients.findAll(segment);
    }

    /** What the segment was, in codes a reader can follow: client, owner, AML rating, investor class. */
    private static String audience(MessageForm form, List<Client> recipients) {
        if (form.getClientId() != null) {
            return "client:" + recipients.get(0).getId();
        }
        StringJoiner parts = new StringJoiner(" ");
        parts.add("segment");
        Optional.ofNullable(form.getOwnerId()).ifPresent(owner -> parts.add("owner:" + owner));
        Optional.ofNullable(form.getAmlRisk()).ifPresent(risk -> parts.add("aml:" + risk));
        Optional.ofNullable(form.getInvestorClass()).ifPresent(kind -> parts.add("class:" + kind));
        return parts.toString();
    }

    private static SentMessage sent(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new SentMessage(row.getLong("id"), MessageKind.valueOf(row.getString("kind")), row.getString("subject"),
                row.getString("body"), row.getString("link"), row.getString("audience"), row.getInt("recipients"),
                row.getString("sender"), row.getString("sent_by"), row.getTimestamp("sent_at").toInstant());
    }
}
