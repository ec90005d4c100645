package org.opencounter.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.client.AccountLifecycle;
import org.opencounter.clients.client.AccountRuleViolation;
import org.opencounter.clients.client.ClientRepository;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.client.FreezeKind;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.clients.client.FundAccountStatus;
import org.opencounter.clients.ledger.BankTransfers;
import org.opencounter.clients.ledger.TransferDirection;
import org.opencounter.clients.ledger.TransferRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Freeze, unfreeze, dormancy and closing of fund accounts on the real database. */
@IntegrationTest
class AccountLifecycleIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountLifecycle lifecycle;

    @Autowired
    BankTransfers transfers;

    @Autowired
    FundAccountRepository fundAccounts;

    @Autowired
    ClientRepository clients;

    @Autowired
    JdbcClient jdbc;

    ClientsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClientsFixture(context);
    }

    private void move(long client, TransferDirection direction, String amount) {
        fixture.as("clerk", () -> transfers.transfer(client, direction, new BigDecimal(amount),
                UUID.randomUUID().toString()));
    }

    @Test
    void aFrozenAccountCannotMoveCashUntilUnfrozen() {
        long client = fixture.openClient(201);
        fixture.deposit(client, "100.00");
        fixture.as("manager", () -> lifecycle.freeze(client, FreezeKind.JUDICIAL, "法院协助冻结", "(2026)沪0115执123号"));
        assertThat(fundAccounts.findByClientId(client).orElseThrow().getStatus()).isEqualTo(FundAccountStatus.FROZEN);
        assertThatThrownBy(() -> move(client, TransferDirection.OUT, "1.00"))
                .isInstanceOfSatisfying(TransferRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("clients.transfer.accountFrozen"));
        assertThatThrownBy(() -> move(client, TransferDirection.IN, "1.00")).isInstanceOf(TransferRefused.class);

        fixture.as("compliance", () -> lifecycle.unfreeze(client));
        move(client, TransferDirection.OUT, "1.00");
        assertThat(jdbc.sql("select count(*) from platform_audit_event where action in ('clients.account.freeze', "
                + "'clients.account.unfreeze') and entity_id = ?").param(String.valueOf(client)).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aFreezeNeedsAReason() {
        long client = fixture.openClient(202);
        assertThatThrownBy(() -> fixture.as("manager", () -> lifecycle.freeze(client, FreezeKind.RISK, " ", null)))
                .isInstanceOfSatisfying(AccountRuleViolation.class, violation ->
                        assertThat(violation.messageKey()).isEqualTo("clients.account.freezeReason.required"));
    }

    @Test
    void anAccountWithCashCannotCloseAndOneCentIsEnoughToBlockIt() {
        long client = fixture.openClient(203);
        fixture.deposit(client, "0.01");
        assertThatThrownBy(() -> fixture.as("manager", () -> lifecycle.close(client)))
                .isInstanceOfSatisfying(AccountRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("clients.account.cashRemains");
                    assertThat(violation.arguments()).containsExactly(new BigDecimal("0.01"));
                });
        move(client, TransferDirection.OUT, "0.01");
        fixture.as("manager", () -> lifecycle.close(client));
        assertThat(fundAccounts.findByClientId(client).orElseThrow().getStatus()).isEqualTo(FundAccountStatus.CLOSED);
        assertThat(clients.findById(client).orElseThrow().getStatus()).isEqualTo(ClientStatus.CLOSED);
        assertThatThrownBy(() -> move(client, TransferDirection.IN, "1.00")).isInstanceOf(TransferRefused.class);
    }

    @Test
    void aFrozenAccountCannotClose() {
        long client = fixture.openClient(204);
        fixture.as("manager", () -> lifecycle.freeze(client, FreezeKind.RISK, "异常交易核查", null));
        assertThatThrownBy(() -> fixture.as("manager", () -> lifecycle.close(client)))
                .isInstanceOfSatisfying(AccountRuleViolation.class, violation ->
                        assertThat(violation.messageKey()).isEqualTo("clients.account.frozenCannotClose"));
    }

    @Test
    void twelveMonthsWithoutActivityMakeAnAccountDormantAndADepositWakesIt() {
        long idle = fixture.openClient(205);
        long recent = fixture.openClient(206);
        Instant now = Instant.now();
        setLastActivity(idle, now.minus(366, ChronoUnit.DAYS));
        setLastActivity(recent, now.minus(360, ChronoUnit.DAYS));
        lifecycle.markDormantAccounts();
        assertThat(fundAccounts.findByClientId(idle).orElseThrow().getStatus()).isEqualTo(FundAccountStatus.DORMANT);
        assertThat(fundAccounts.findByClientId(recent).orElseThrow().getStatus()).isEqualTo(FundAccountStatus.ACTIVE);

        fixture.deposit(idle, "10.00");
        assertThat(fundAccounts.findByClientId(idle).orElseThrow().getStatus()).isEqualTo(FundAccountStatus.ACTIVE);
    }

    @Autowired
    org.opencounter.clients.client.KycReviews kycReviews;

    @Test
    void aReviewDueTodayOrAnExpiredIdMakesTheKycFileNeedAnUpdate() {
        long due = fixture.openClient(207);
        long expired = fixture.openClient(208);
        long current = fixture.openClient(209);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        jdbc.sql("update clients_client set next_kyc_review = ? where id = ?").params(java.sql.Date.valueOf(today), due)
                .update();
        jdbc.sql("update clients_client set id_expiry = ? where id = ?").params(java.sql.Date.valueOf(today), expired)
                .update();
        jdbc.sql("update clients_client set next_kyc_review = ?, id_expiry = ? where id = ?")
                .params(java.sql.Date.valueOf(today.plusDays(1)), java.sql.Date.valueOf(today.plusDays(1)), current)
                .update();
        kycReviews.markOutdated();
        assertThat(clients.findById(due).orElseThrow().getKycStatus())
                .isEqualTo(org.opencounter.clients.client.KycStatus.NEEDS_UPDATE);
        assertThat(clients.findById(expired).orElseThrow().getKycStatus())
                .isEqualTo(org.opencounter.clients.client.KycStatus.NEEDS_UPDATE);
        assertThat(clients.findById(current).orElseThrow().getKycStatus())
                .isEqualTo(org.opencounter.clients.client.KycStatus.APPROVED);
    }

    private void setLastActivity(long client, Instant at) {
        jdbc.sql("update clients_fund_account set last_activity_at = ? where client_id = ?")
                .params(Timestamp.from(at), client).update();
    }
}
