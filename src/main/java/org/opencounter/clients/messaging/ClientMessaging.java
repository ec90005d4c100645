package org.opencounter.clients.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.persistence.criteria.Predicate;
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
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ClientMessaging(ClientRepository clients, ClientAccess access, Outbox outbox, JdbcClient jdbc,
                    AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.access = access;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends and records the message; the same request twice sends once. Answers the message id. */
    @Transactional
    public long send(MessageForm form) {
        Optional<Long> earlier = outbox.earlier(form.getRequestKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!MessageKind.WRITTEN_BY_STAFF.contains(form.getKind())) {
            throw new MessageRefused("clients.message.kind.notWritable");
        }
        StaffPrincipal me = CurrentStaff.require();
        List<Client> recipients = recipients(form, me);
        if (recipients.isEmpty()) {
            throw new MessageRefused("clients.message.noRecipients");
        }
        String link = form.getLink().isBlank() ? null : form.getLink();
        long id = outbox.send(new Outbox.Outgoing(form.getKind(), form.getSubject(), form.getBody(), link,
                audience(form, recipients), me.scopedBranchId(), recipients, me.username(), form.getRequestKey(),
                clock.instant()));
        audit.record(AuditRecord.change("clients.message.send", ENTITY, id, null,
                Map.of("subject", form.getSubject(), "recipients", recipients.size(), "sender", outbox.senderName())));
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
