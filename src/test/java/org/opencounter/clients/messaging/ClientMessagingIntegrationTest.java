package org.opencounter.clients.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientNotice;
import org.opencounter.clients.ClientNotices;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.client.ClientNotFound;
import org.opencounter.clients.AmlRisk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox records what was sent to whom, within the sender's branch, once per request. */
@IntegrationTest
class ClientMessagingIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ClientMessaging messaging;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientNotices notices;

    ClientsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClientsFixture(context);
    }

    private MessageForm form() {
        MessageForm form = new MessageForm();
        form.setRequestKey(UUID.randomUUID().toString());
        form.setSubject("年末流动性提示");
        form.setBody("请关注年末资金面变化。");
        form.setLink("https://research.example/notes/2026-11");
        return form;
    }

    @Test
    void aSegmentMessageReachesEveryActiveClientOfTheBranchThatMatches() {
        MessageForm form = form();
        form.setAmlRisk(AmlRisk.LOW);
        long id = fixture.as("advisor", () -> messaging.send(form));
        long expected = jdbc.sql("""
                        select count(*) from clients_client c join platform_branch b on b.id = c.branch_id
                        where b.code = 'SH01' and c.status = 'ACTIVE' and c.aml_risk = 'LOW'""")
                .query(Long.class).single();
        SentMessage sent = fixture.as("advisor", () -> messaging.message(id)).orElseThrow();
        assertThat(sent.recipients()).isEqualTo(expected).isPositive();
        assertThat(sent.sender()).isEqualTo("record-only");
        assertThat(sent.audience()).isEqualTo("segment aml:LOW");
        assertThat(messaging.deliveries(id, Pageable.ofSize(1000)).getContent())
                .hasSize((int) expected).allSatisfy(d -> assertThat(d.status()).isEqualTo("RECORDED"));
    }

    @Test
    void sendingTheSameFormTwiceRecordsOneMessage() {
        long client = fixture.openClient(401);
        MessageForm form = form();
        form.setClientId(client);
        long first = fixture.as("advisor", () -> messaging.send(form));
        long second = fixture.as("advisor", () -> messaging.send(form));
        assertThat(second).isEqualTo(first);
        assertThat(messaging.deliveries(first, Pageable.ofSize(10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void staffCannotWriteAFillNoticeButTheSystemSendsOneOncePerKey() {
        long client = fixture.openClient(403);
        MessageForm form = form();
        form.setClientId(client);
        form.setKind(MessageKind.FILL);
        assertThatThrownBy(() -> fixture.as("advisor", () -> messaging.send(form)))
                .isInstanceOf(MessageRefused.class);

        ClientNotice notice = new ClientNotice(client, ClientNotice.Kind.FILL, "成交回报", "买入 100 股", null,
                "fill:test-" + client);
        notices.send(notice);
        notices.send(notice);
        assertThat(jdbc.sql("select count(*) from clients_message m join clients_message_delivery d on d.message_id = m.id"
                + " where m.request_key = ? and d.client_id = ?").params(notice.requestKey(), client)
                .query(Long.class).single()).isOne();
    }

    @Test
    void anotherBranchsClientCannotBeMessagedNorItsMessagesRead() {
        long client = fixture.openClient(402);
        MessageForm form = form();
        form.setClientId(client);
        assertThatThrownBy(() -> fixture.as("advisor.bj", () -> messaging.send(form))).isInstanceOf(ClientNotFound.class);
        long id = fixture.as("advisor", () -> messaging.send(form));
        assertThat(fixture.as("advisor.bj", () -> messaging.message(id))).isEmpty();
    }
}
