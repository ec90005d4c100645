package org.opencounter.clients.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.clients.TradingPermission;
import org.opencounter.clients.client.ClientNotFound;
import org.opencounter.platform.approval.ApprovalService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applying for a board's permission on the real database: the 20-day average of cash and securities, the first
 * trade, the risk disclosure, the branch manager's approval, revocation and branch scoping.
 */
@IntegrationTest
class TradingPermissionsIntegrationTest {

    private static final LocalDate TWO_YEARS_AGO = LocalDate.of(2024, 11, 25);
    /** Test clients 410 to 419: the database is reset per class, not per test. */
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(410);

    @Autowired
    ApplicationContext context;

    @Autowired
    TradingPermissions permissions;

    @Autowired
    TradingAccounts accounts;

    @Autowired
    ApprovalService approvals;

    @Autowired
    JdbcClient jdbc;

    ClientsFixture fixture;
    long client;

    @BeforeEach
    void clientWithAHundredThousandOnAverage() {
        // the deposit is made before the 20 trading days averaged; one day's close adds 10,000 of shares
        TestClock.INSTANCE.setShanghai("2026-10-09T10:00");
        fixture = new ClientsFixture(context);
        client = fixture.openClient(NEXT_CLIENT.getAndIncrement());
        fixture.deposit(client, "99500.00");
        TestClock.INSTANCE.setShanghai("2026-11-25T10:00");
        jdbc.sql("""
                insert into orders_position_snapshot (trade_date, client_id, code, quantity, cost, close_price)
                values (date '2026-11-24', ?, '600036', 1000, 9.5, 10.00)""").param(client).update();
    }

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void averageCountsCashAndTheClosingValueOfHoldingsOverTwentyTradingDays() {
        PermissionOverview overview = fixture.as("clerk", () -> permissions.overview(client));
        assertThat(overview.days()).hasSize(20);
        assertThat(overview.days().get(19).day()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(overview.days().get(19).securities()).isEqualByComparingTo("10000.00");
        assertThat(overview.averageAssets()).isEqualByComparingTo("100000.00");
        BoardPermission chiNext = overview.boards().get(TradingPermission.CHINEXT.ordinal());
        assertThat(chiNext.eligibility().assetsMet()).as("exactly at the threshold").isTrue();
        assertThat(overview.boards().get(TradingPermission.STAR.ordinal()).eligibility().assetsMet()).isFalse();
    }

    @Test
    void withoutTheDayOfSharesTheAverageFallsJustShort() {
        jdbc.sql("delete from orders_position_snapshot where client_id = ?").param(client).update();
        assertThatThrownBy(() -> apply(TradingPermission.CHINEXT, TWO_YEARS_AGO, true))
                .isInstanceOfSatisfying(PermissionRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("clients.permission.assetsShort");
                    assertThat(refused.arguments()[0]).hasToString("99500.00");
                });
    }

    @Test
    void eachMissingConditionIsRefusedWithItsReason() {
        assertRefused(() -> apply(TradingPermission.CHINEXT, TWO_YEARS_AGO, false),
                "clients.permission.disclosureRequired");
        assertRefused(() -> apply(TradingPermission.CHINEXT, null, true), "clients.permission.firstTradeRequired");
        assertRefused(() -> apply(TradingPermission.CHINEXT, LocalDate.of(2026, 11, 26), true),
                "clients.permission.firstTradeInFuture");
        assertRefused(() -> apply(TradingPermission.CHINEXT, TWO_YEARS_AGO.plusDays(1), true),
                "clients.permission.experienceShort");
        assertRefused(() -> apply(TradingPermission.STAR, LocalDate.of(2015, 1, 5), true),
                "clients.permission.assetsShort");
        assertThat(jdbc.sql("select count(*) from clients_permission_application where client_id = ?").param(client)
                .query(Long.class).single()).as("nothing half-saved").isZero();
    }

    @Test
    void approvedApplicationGrantsTheBoardAndRevocationWithdrawsIt() {
        long application = apply(TradingPermission.CHINEXT, TWO_YEARS_AGO, true);
        assertRefused(() -> apply(TradingPermission.CHINEXT, TWO_YEARS_AGO, true), "clients.permission.alreadyPending");
        assertThat(held()).doesNotContain(TradingPermission.CHINEXT);

        fixture.as("manager", () -> approvals.approve(approvalOf(application), "材料齐全"));

        assertThat(held()).contains(TradingPermission.CHINEXT);
        assertThat(status(application)).isEqualTo("GRANTED");
        BoardPermission chiNext = fixture.as("clerk", () -> permissions.overview(client)).boards()
                .get(TradingPermission.CHINEXT.ordinal());
        assertThat(chiNext.granted().by()).isEqualTo("manager");
        assertThat(chiNext.granted().evidence()).contains("application " + application, "100000.00", "2024-11-25");
        assertRefused(() -> apply(TradingPermission.CHINEXT, TWO_YEARS_AGO, true), "clients.permission.alreadyGranted");

        assertRefused(() -> fixture.as("clerk", () -> permissions.revoke(client, TradingPermission.CHINEXT, " ")),
                "clients.permission.reasonRequired");
        fixture.as("clerk", () -> permissions.revoke(client, TradingPermission.CHINEXT, "客户申请取消"));
        assertThat(held()).doesNotContain(TradingPermission.CHINEXT);
        assertThat(jdbc.sql("select count(*) from platform_audit_event where entity_type = 'TradingPermission'"
                        + " and entity_id = ?").param(client + ":CHINEXT").query(Long.class).single())
                .as("apply, grant and revoke audited").isEqualTo(3);
    }

    @Test
    void rejectedApplicationLeavesTheClientWithoutThePermission() {
        long application = apply(TradingPermission.CHINEXT, TWO_YEARS_AGO, true);
        fixture.as("manager", () -> approvals.reject(approvalOf(application), "风险揭示书签名不符"));
        assertThat(status(application)).isEqualTo("REJECTED");
        assertThat(held()).doesNotContain(TradingPermission.CHINEXT);
        assertThat(apply(TradingPermission.CHINEXT, TWO_YEARS_AGO, true)).as("may apply again").isNotEqualTo(application);
    }

    @Test
    void anotherBranchCannotSeeNorApply() {
        assertThatThrownBy(() -> fixture.as("advisor.bj", () -> permissions.overview(client)))
                .isInstanceOf(ClientNotFound.class);
    }

    private long apply(TradingPermission board, LocalDate firstTrade, boolean disclosure) {
        return fixture.as("clerk", () -> permissions.apply(client, board, firstTrade, disclosure));
    }

    private Set<TradingPermission> held() {
        return fixture.as("clerk", () -> accounts.visible(client).permissions());
    }

    private long approvalOf(long application) {
        return jdbc.sql("select approval_id from clients_permission_application where id = ?").param(application)
                .query(Long.class).single();
    }

    private String status(long application) {
        return jdbc.sql("select status from clients_permission_application where id = ?").param(application)
                .query(String.class).single();
    }

    private static void assertRefused(Runnable work, String messageKey) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(PermissionRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }
}
