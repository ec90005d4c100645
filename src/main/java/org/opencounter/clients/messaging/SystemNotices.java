package org.opencounter.clients.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.opencounter.clients.ClientNotice;
import org.opencounter.clients.ClientNotices;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notices the system sends on its own account, recorded in the outbox as sent by {@value #SENT_BY}. */
@Service
class SystemNotices implements ClientNotices {

    static final String SENT_BY = "system";

    private final Outbox outbox;
    private final ClientRepository clients;
    private final AuditTrail audit;
    private final Clock clock;

    SystemNotices(Outbox outbox, ClientRepository clients, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(ClientNotice notice) {
        if (outbox.earlier(notice.requestKey()).isPresent()) {
            return;
        }
        Client client = clients.findById(notice.clientId()).orElseThrow();
        long id = outbox.send(new Outbox.Outgoing(MessageKind.valueOf(notice.kind().name()), notice.subject(),
                notice.body(), notice.link(), "client:" + client.getId(), client.getBranchId(), List.of(client),
                SENT_BY, notice.requestKey(), clock.instant()));
        audit.record(AuditRecord.change("clients.notice.send", "ClientMessage", id, null,
                Map.of("kind", notice.kind().name(), "clientId", client.getId(), "key", notice.requestKey())));
    }
}
