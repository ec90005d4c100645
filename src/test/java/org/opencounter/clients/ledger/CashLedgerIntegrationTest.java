package org.opencounter.clients.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.opencounter.clients.CashBalances;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.opencounter.clients.ClientsFixture;
import org.opencounter.clients.LargeCashTransferFlagged;
import org.opencounter.clients.client.FundAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Bank transfers through the double-entry ledger on the real database: balances, refusals, idempotency, races. */
@IntegrationTest
@RecordApplicationEvents
class CashLedgerIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    BankTransfers transfers;

    @Autowired
    CashLedger ledger;

    @Autowired
    FundAccountRepository fundAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    ClientsFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ClientsFixture(context);
    }

    private CashBalances balances(long clientId) {
        return ledger.balances(fundAccounts.findByClientId(clientId).orElseThrow().getId());
    }

    private TransferReceipt transfer(long clientId, TransferDirection direction, String amount, String key) {
        return fixture.as("clerk", () -> transfers.transfer(clientId, direction, new BigDecimal(amount), key));
    }

    private TransferReceipt transfer(long clientId, TransferDirection direction, String amount) {
        return transfer(clientId, direction, amount, UUID.randomUUID().toString());
    }

    @Test
    void aDepositCreditsAvailableCashAndAWithdrawalDebitsIt() {
        long client = fixture.openClient(101);
        transfer(client, TransferDirection.IN, "1000.00");
        transfer(client, TransferDirection.OUT, "300.50");
        CashBalances cash = balances(client);
        assertThat(cash.available()).isEqualByComparingTo("699.50");
        assertThat(cash.frozen()).isEqualByComparingTo("0");
        assertThat(cash.total()).isEqualByComparingTo("699.50");
        assertThat(cash.withdrawable()).isEqualByComparingTo("699.50");
        assertThat(jdbc.sql("""
                        select count(*) from clients_journal_line l join clients_journal_entry e on e.id = l.entry_id
                        where e.fund_account_id = ?""")
                .param(fundAccounts.findByClientId(client).orElseThrow().getId()).query(Long.class).single())
                .as("two balanced lines per entry").isEqualTo(4);
    }

    @Test
    void withdrawingOneCentMoreThanWithdrawableIsRefusedWithTheFigures() {
        long client = fixture.openClient(102);
        transfer(client, TransferDirection.IN, "700.00");
        assertThatThrownBy(() -> transfer(client, TransferDirection.OUT, "700.01"))
                .isInstanceOfSatisfying(TransferRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("clients.transfer.insufficient");
                    assertThat(refused.arguments()).containsExactly(new BigDecimal("700.01"), new BigDecimal("700.00"));
                });
        transfer(client, TransferDirection.OUT, "700.00");
        assertThat(balances(client).available()).isEqualByComparingTo("0");
    }

    @Test
    void amountsMustBePositiveWithAtMostTwoDecimals() {
        long client = fixture.openClient(103);
        for (String amount : List.of("0", "-1", "0.001", "10.005")) {
            assertThatThrownBy(() -> transfer(client, TransferDirection.IN, amount))
                    .as(amount).isInstanceOf(TransferRefused.class);
        }
        transfer(client, TransferDirection.IN, "0.01");
        assertThat(balances(client).available()).isEqualByComparingTo("0.01");
    }

    @Test
    void theSameRequestPostedTwiceMovesCashOnce() {
        long client = fixture.openClient(104);
        String key = UUID.randomUUID().toString();
        TransferReceipt first = transfer(client, TransferDirection.IN, "5000.00", key);
        TransferReceipt second = transfer(client, TransferDirection.IN, "5000.00", key);
        assertThat(first.repeated()).isFalse();
        assertThat(second.repeated()).isTrue();
        assertThat(second.journalEntryId()).isEqualTo(first.journalEntryId());
        assertThat(balances(client).available()).isEqualByComparingTo("5000.00");
    }

    @Test
    void aRequestKeyCannotBeReusedOnAnotherAccount() {
        long one = fixture.openClient(105);
        long other = fixture.openClient(106);
        String key = UUID.randomUUID().toString();
        transfer(one, TransferDirection.IN, "10.00", key);
        assertThatThrownBy(() -> transfer(other, TransferDirection.IN, "10.00", key))
                .isInstanceOfSatisfying(TransferRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("clients.transfer.keyReused"));
    }

    @Test
    void transfersReachingFiftyThousandInADayAreFlaggedForCompliance() {
        long client = fixture.openClient(107);
        TransferReceipt below = transfer(client, TransferDirection.IN, "49999.99");
        assertThat(below.flaggedLarge()).isFalse();
        assertThat(events.stream(LargeCashTransferFlagged.class)
                .filter(e -> e.clientId() == client)).isEmpty();

        TransferReceipt reaching = transfer(client, TransferDirection.IN, "0.01");
        assertThat(reaching.flaggedLarge()).as("day total exactly 50,000.00").isTrue();
        assertThat(events.stream(LargeCashTransferFlagged.class).filter(e -> e.clientId() == client))
                .singleElement().satisfies(event -> {
                    assertThat(event.amount()).isEqualByComparingTo("0.01");
                    assertThat(event.dayTotal()).isEqualByComparingTo("50000.00");
                    assertThat(event.direction()).isEqualTo("IN");
                });
    }

    @Test
    void aSingleTransferOfFiftyThousandIsFlagged() {
        long client = fixture.openClient(108);
        assertThat(transfer(client, TransferDirection.IN, "50000.00").flaggedLarge()).isTrue();
    }

    @Test
    void twentyConcurrentWithdrawalsNeverOverdraw() throws Exception {
        long client = fixture.openClient(109);
        transfer(client, TransferDirection.IN, "1000.00");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    transfer(client, TransferDirection.OUT, "100.00");
                    return true;
                } catch (TransferRefused refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> outcome : outcomes) {
            succeeded += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(10);
        assertThat(balances(client).available()).isEqualByComparingTo("0.00");
        assertThat(check.run().breaks()).isEmpty();
    }

    @Test
    void anEntryWhoseLinesDoNotBalanceCannotCommit() {
        long client = fixture.openClient(110);
        long fund = fundAccounts.findByClientId(client).orElseThrow().getId();
        long cash = jdbc.sql("select id from clients_ledger_account where fund_account_id = ? and kind = 'CLIENT_AVAILABLE'")
                .param(fund).query(Long.class).single();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            long entry = jdbc.sql("""
                            insert into clients_journal_entry (kind, fund_account_id, amount, business_date, idempotency_key,
                                created_by, created_at) values ('BANK_TRANSFER_IN', ?, 100, current_date, ?, 'test', now())
                            returning id""").params(fund, UUID.randomUUID().toString()).query(Long.class).single();
            jdbc.sql("insert into clients_journal_line (entry_id, ledger_account_id, credit) values (?, ?, 100)")
                    .params(entry, cash).update();
            jdbc.sql("insert into clients_journal_line (entry_id, ledger_account_id, debit) values (?, ?, 99.99)")
                    .params(entry, ledger.bankSettlementAccount()).update();
        })).hasMessageContaining("does not balance");
    }

    @Autowired
    LedgerCheck check;

    @Test
    void theConsistencyCheckFindsTheDemoLedgerClean() {
        LedgerCheckRun run = fixture.as("auditor", () -> check.run());
        assertThat(run.breaks()).isEmpty();
        assertThat(run.entriesChecked()).isGreaterThan(300);
        assertThat(check.latest()).get().extracting(LedgerCheckRun::id).isEqualTo(run.id());
    }

    @Test
    void aBalanceThatIsNotItsJournalIsABreakAndRaisesAnAlert() {
        long client = fixture.openClient(113);
        transfer(client, TransferDirection.IN, "250.00");
        long fund = fundAccounts.findByClientId(client).orElseThrow().getId();
        jdbc.sql("update clients_ledger_account set balance = balance + 0.01 where fund_account_id = ? and kind = 'CLIENT_AVAILABLE'")
                .param(fund).update();
        try {
            LedgerCheckRun run = fixture.as("auditor", () -> check.run());
            assertThat(run.breaks()).singleElement().asString().contains("kept 250.01").contains("journal 250.00");
            assertThat(events.stream(org.opencounter.clients.LedgerBreakDetected.class)
                    .filter(e -> e.checkRunId() == run.id())).hasSize(1);
        } finally {
            jdbc.sql("update clients_ledger_account set balance = balance - 0.01 where fund_account_id = ? and kind = 'CLIENT_AVAILABLE'")
                    .param(fund).update();
        }
    }

    @Autowired
    JournalCorrections corrections;

    @Autowired
    org.opencounter.platform.approval.ApprovalService approvals;

    private long reversalApproval(long entryId) {
        return jdbc.sql("select id from platform_approval_request where type = 'clients.reverse-entry' "
                + "and (payload ->> 'journalEntryId')::bigint = ?").param(entryId).query(Long.class).single();
    }

    @Test
    void aReversalIsPostedOnlyAfterABranchManagerApprovesAndOnlyOnce() {
        long client = fixture.openClient(114);
        TransferReceipt deposit = transfer(client, TransferDirection.IN, "800.00");
        fixture.as("clerk", () -> corrections.requestReversal(client, deposit.journalEntryId(), "柜员录入金额错误"));
        assertThat(balances(client).available()).as("nothing moves before approval").isEqualByComparingTo("800.00");
        assertThatThrownBy(() -> fixture.as("clerk", () -> corrections.requestReversal(client, deposit.journalEntryId(),
                "again"))).isInstanceOfSatisfying(TransferRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("clients.reversal.pending"));

        fixture.as("manager", () -> approvals.approve(reversalApproval(deposit.journalEntryId()), "核实"));
        assertThat(balances(client).available()).isEqualByComparingTo("0.00");
        assertThat(jdbc.sql("select count(*) from clients_journal_entry where reverses_entry_id = ?")
                .param(deposit.journalEntryId()).query(Long.class).single()).isEqualTo(1);
        assertThat(check.run().breaks()).isEmpty();
        assertThatThrownBy(() -> fixture.as("clerk", () -> corrections.requestReversal(client, deposit.journalEntryId(),
                "once more"))).isInstanceOfSatisfying(TransferRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("clients.reversal.already"));
    }

    @Test
    void aDepositAlreadyWithdrawnCannotBeReversedAndTheApprovalIsNotRecorded() {
        long client = fixture.openClient(115);
        TransferReceipt deposit = transfer(client, TransferDirection.IN, "500.00");
        fixture.as("clerk", () -> corrections.requestReversal(client, deposit.journalEntryId(), "重复入账"));
        transfer(client, TransferDirection.OUT, "100.00");
        long request = reversalApproval(deposit.journalEntryId());
        assertThatThrownBy(() -> fixture.as("manager", () -> approvals.approve(request, "")))
                .isInstanceOfSatisfying(org.opencounter.platform.ApprovalBlocked.class, blocked -> {
                    assertThat(blocked.messageKey()).isEqualTo("clients.reversal.insufficient");
                    assertThat(blocked.arguments()).containsExactly("500.00", "400.00");
                });
        assertThat(jdbc.sql("select status from platform_approval_request where id = ?").param(request)
                .query(String.class).single()).isEqualTo("PENDING");
        assertThat(balances(client).available()).isEqualByComparingTo("400.00");
    }

    @Test
    void theJournalIsAppendOnly() {
        long client = fixture.openClient(111);
        transfer(client, TransferDirection.IN, "10.00");
        assertThatThrownBy(() -> jdbc.sql("update clients_journal_entry set amount = 1").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from clients_journal_line").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aClientBalanceCanNeverGoNegativeEvenByDirectSql() {
        long client = fixture.openClient(112);
        long fund = fundAccounts.findByClientId(client).orElseThrow().getId();
        assertThatThrownBy(() -> jdbc.sql("update clients_ledger_account set balance = -0.01 where fund_account_id = ?")
                .param(fund).update()).hasMessageContaining("ck_clients_ledger_account_not_overdrawn");
    }
}
