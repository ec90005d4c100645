package org.opencounter.margin.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.TestClock;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.margin.MarginFixture;
import org.opencounter.margin.MarginRefused;
import org.opencounter.platform.Approvals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** Changes to a contract of 600,000 opened on 2026-12-07 (rating B: at most 900,000), expiring on 2027-06-07. */
@IntegrationTest
class ContractChangesIntegrationTest {

    private static int sequence = 280;

    @Autowired ApplicationContext context;
    @Autowired ContractChanges changes;
    @Autowired ContractLifecycle lifecycle;
    @Autowired MarginContracts contracts;
    @Autowired Approvals approvals;

    private MarginFixture margin;
    private ClientsFixture staff;
    private MarginContract contract;

    @BeforeEach
    void aContract() {
        margin = new MarginFixture(context);
        staff = margin.staff();
        contract = margin.contract(sequence++, "600000");
    }

    @AfterEach
    void realTimeAgain() {
        TestClock.INSTANCE.reset();
    }

    private ContractChange propose(ContractChangeKind kind, String line, Integer months) {
        return staff.as("credit", () -> changes.propose(contract.id(), new ContractChanges.Proposal(kind,
                line == null ? null : new BigDecimal(line), months, "客户申请", UUID.randomUUID().toString())));
    }

    private void approve(ContractChange change) {
        staff.as("risk", () -> approvals.approve(change.approvalId(), "同意"));
    }

    private MarginContract now() {
        return staff.as("credit", () -> contracts.visible(contract.id()));
    }

    private static void assertRefused(Runnable attempt, String field, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(MarginRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.field()).isEqualTo(field);
        });
    }

    @Test
    void anApprovedLineChangeAppliesAtOnce() {
        ContractChange change = propose(ContractChangeKind.LINE, "900000", null);
        assertThat(now().creditLine()).as("not before approval").isEqualByComparingTo("600000");

        approve(change);

        assertThat(now().creditLine()).isEqualByComparingTo("900000.00");
        assertThat(staff.as("credit", () -> changes.history(contract.id(), PageRequest.of(0, 10))).getContent())
                .singleElement().satisfies(applied -> {
                    assertThat(applied.status()).isEqualTo(ContractChangeStatus.APPLIED);
                    assertThat(applied.oldLine()).isEqualByComparingTo("600000");
                    assertThat(applied.decidedBy()).isEqualTo("risk");
                });
    }

    @Test
    void theLineMayNotExceedTheRatingsMaximumByOneCent() {
        assertRefused(() -> propose(ContractChangeKind.LINE, "900000.01", null), "newLine",
                "margin.change.lineAboveMaximum");
        assertRefused(() -> propose(ContractChangeKind.LINE, "600000", null), "newLine", "margin.change.sameLine");
    }

    @Test
    void aRenewalAddsMonthsToTheExpiryAndKeepsTheMarginRatio() {
        assertRefused(() -> propose(ContractChangeKind.RENEWAL, null, 7), "renewalMonths",
                "margin.change.monthsInvalid");

        approve(propose(ContractChangeKind.RENEWAL, null, 6));

        assertThat(now().expiresOn()).isEqualTo(LocalDate.parse("2027-12-07"));
        assertThat(now().financingMarginRatio()).isEqualByComparingTo(contract.financingMarginRatio());
    }

    @Test
    void aSuspendedContractResumesOnlyOnceSuspended() {
        assertRefused(() -> propose(ContractChangeKind.RESUMPTION, null, null), null, "margin.change.notSuspended");

        approve(propose(ContractChangeKind.SUSPENSION, null, null));
        assertThat(now().status()).isEqualTo(ContractStatus.SUSPENDED);

        approve(propose(ContractChangeKind.RESUMPTION, null, null));
        assertThat(now().status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void oneChangeWaitsAtATimeAndARejectedOneChangesNothing() {
        ContractChange first = propose(ContractChangeKind.LINE, "800000", null);
        assertRefused(() -> propose(ContractChangeKind.SUSPENSION, null, null), null, "margin.change.alreadyPending");

        staff.as("risk", () -> approvals.reject(first.approvalId(), "不同意"));

        assertThat(now().creditLine()).isEqualByComparingTo("600000");
        assertThat(staff.as("credit", () -> changes.pending(contract.id()))).isEmpty();
    }

    @Test
    void theContractExpiresTheDayAfterItsLastDay() {
        ContractChange waiting = propose(ContractChangeKind.LINE, "800000", null);

        lifecycle.expireDue(LocalDate.parse("2027-06-07"));
        assertThat(now().status()).as("on its last day").isEqualTo(ContractStatus.ACTIVE);
        assertThat(lifecycle.expireDue(LocalDate.parse("2027-06-08"))).isPositive();

        assertThat(now().status()).isEqualTo(ContractStatus.EXPIRED);
        assertThat(staff.as("credit", () -> changes.history(contract.id(), PageRequest.of(0, 10))).getContent())
                .extracting(ContractChange::kind, ContractChange::status)
                .contains(org.assertj.core.groups.Tuple.tuple(ContractChangeKind.EXPIRY, ContractChangeStatus.APPLIED),
                        org.assertj.core.groups.Tuple.tuple(ContractChangeKind.LINE, ContractChangeStatus.REJECTED));
        assertRefused(() -> propose(ContractChangeKind.RENEWAL, null, 3), null, "margin.change.notLive");
        assertThat(waiting.status()).isEqualTo(ContractChangeStatus.PENDING);
    }
}
