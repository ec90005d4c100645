package org.opencounter.compliance.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.compliance.conduct.Relation;
import org.opencounter.compliance.conduct.StaffConduct;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.RestoresQuote;
import org.opencounter.orders.Side;
import org.opencounter.orders.TradingDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The restricted list and insider lists at order entry: an entry for all clients refuses everyone's orders; one for
 * staff refuses the orders of staff and their declared relatives only; an open insider project refuses its insiders'
 * orders until its closing day; the watch list and a lifted entry refuse nothing.
 */
@IntegrationTest
class RestrictedListIntegrationTest {

    private static final String CODE = "600900";
    /** Wednesday 25 November 2026, 10:00 in Shanghai. */
    private static final Instant TEN_AM = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate TRADE_DATE = LocalDate.parse("2026-11-25");
    @RegisterExtension
    static final RestoresQuote QUOTE = new RestoresQuote(CODE);
    private static int sequence = 480;

    @Autowired ApplicationContext context;
    @Autowired Restrictions restrictions;
    @Autowired InsiderLists insiders;
    @Autowired StaffConduct conduct;
    @Autowired JdbcClient jdbc;

    private TradingDesk desk;

    @BeforeEach
    void tenOClock() {
        desk = new TradingDesk(context);
        TestClock.INSTANCE.set(TEN_AM);
        desk.quietMarket(CODE, "20.00");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
        jdbc.sql("update compliance_restricted_security set lifted_by = 'test', lifted_at = now(), lift_reason = 'test'"
                + " where security_code = ? and lifted_at is null").param(CODE).update();
        jdbc.sql("update compliance_insider_project set closed_on = opened_on where security_code = ?").param(CODE)
                .update();
    }

    private ClientsFixture staff() {
        return new ClientsFixture(context);
    }

    private long client() {
        return desk.clientWith(sequence++, "100000.00");
    }

    private OrderReceipt buy(long client) {
        return desk.place(client, CODE, Side.BUY, 100, "20.00");
    }

    private String idNumber(long client) {
        return jdbc.sql("select id_number from clients_client where id = ?").param(client).query(String.class).single();
    }

    private long restrict(RestrictionList list, RestrictionScope scope) {
        return staff().as("compliance", () -> restrictions.add(new Restrictions.Entry(list, CODE, scope, "保荐项目静默期",
                LocalDate.parse("2026-11-01"), null, UUID.randomUUID().toString())));
    }

    @Test
    void anEntryForAllClientsRefusesEveryonesOrdersUntilLifted() {
        long client = client();
        long entry = restrict(RestrictionList.RESTRICTED, RestrictionScope.ALL_CLIENTS);

        OrderReceipt refused = buy(client);
        assertThat(refused.rejected()).isTrue();
        assertThat(refused.rejectionKey()).isEqualTo("compliance.check.restricted");
        assertThat(refused.figures()).containsExactly(CODE, "保荐项目静默期");

        staff().as("compliance", () -> restrictions.lift(entry, "发行结束"));
        assertThat(buy(client).rejected()).isFalse();
    }

    @Test
    void anEntryForStaffRefusesOnlyStaffAndTheirRelatives() {
        long relative = client();
        long stranger = client();
        long advisor = jdbc.sql("select id from platform_staff_user where username = 'advisor2'").query(Long.class)
                .single();
        staff().as("compliance", () -> conduct.declareRelative(advisor, "亲属", idNumber(relative), Relation.SIBLING));
        restrict(RestrictionList.RESTRICTED, RestrictionScope.STAFF);

        OrderReceipt refused = buy(relative);
        assertThat(refused.rejected()).isTrue();
        assertThat(refused.rejectionKey()).isEqualTo("compliance.check.restrictedRelative");
        assertThat(buy(stranger).rejected()).isFalse();
    }

    @Test
    void theWatchListRefusesNothing() {
        long client = client();
        restrict(RestrictionList.WATCH, RestrictionScope.ALL_CLIENTS);
        assertThat(buy(client).rejected()).isFalse();
    }

    @Test
    void anOpenInsiderProjectRefusesItsInsidersUntilItsClosingDay() {
        long insider = client();
        long other = client();
        long project = staff().as("compliance", () -> insiders.open(new InsiderLists.Opening("长江电力定增项目",
                InsiderProject.ProjectKind.INVESTMENT_BANKING, CODE, LocalDate.parse("2026-11-20"), null,
                UUID.randomUUID().toString())));
        staff().as("compliance", () -> insiders.add(project, "知情人", idNumber(insider), "财务顾问"));

        OrderReceipt refused = buy(insider);
        assertThat(refused.rejected()).isTrue();
        assertThat(refused.rejectionKey()).isEqualTo("compliance.check.insider");
        assertThat(refused.figures()).containsExactly(CODE, "长江电力定增项目");
        assertThat(buy(other).rejected()).isFalse();

        staff().as("compliance", () -> insiders.close(project, TRADE_DATE));
        assertThat(buy(insider).rejected()).as("the closing day still binds").isTrue();
        TestClock.INSTANCE.set(Instant.parse("2026-11-26T02:00:00Z"));
        desk.quietMarket(CODE, "20.00");
        assertThat(buy(insider).rejected()).as("the day after").isFalse();
        assertThatThrownBy(() -> staff().as("compliance", () -> insiders.add(project, "后来者", "310115199003070011",
                "顾问"))).isInstanceOf(RestrictionRefused.class).hasMessage("compliance.insider.closed");
    }

    @Test
    void anEntryNeedsAKnownSecurityAReasonAndDaysInOrder() {
        assertThatThrownBy(() -> staff().as("compliance", () -> restrictions.add(new Restrictions.Entry(
                RestrictionList.RESTRICTED, "999999", RestrictionScope.STAFF, "x", TRADE_DATE, null, "k1"))))
                .isInstanceOf(RestrictionRefused.class).hasMessage("compliance.restriction.unknownSecurity");
        assertThatThrownBy(() -> staff().as("compliance", () -> restrictions.add(new Restrictions.Entry(
                RestrictionList.RESTRICTED, CODE, RestrictionScope.STAFF, " ", TRADE_DATE, null, "k2"))))
                .isInstanceOf(RestrictionRefused.class).hasMessage("compliance.restriction.reasonRequired");
        assertThatThrownBy(() -> staff().as("compliance", () -> restrictions.add(new Restrictions.Entry(
                RestrictionList.RESTRICTED, CODE, RestrictionScope.STAFF, "x", TRADE_DATE, TRADE_DATE.minusDays(1),
                "k3")))).isInstanceOf(RestrictionRefused.class).hasMessage("compliance.restriction.toBeforeFrom");
        String key = UUID.randomUUID().toString();
        Restrictions.Entry entry = new Restrictions.Entry(RestrictionList.WATCH, CODE, RestrictionScope.STAFF, "评级调整",
                TRADE_DATE, TRADE_DATE, key);
        long first = staff().as("compliance", () -> restrictions.add(entry));
        assertThat(staff().as("compliance", () -> restrictions.add(entry))).as("sent twice").isEqualTo(first);
    }
}
