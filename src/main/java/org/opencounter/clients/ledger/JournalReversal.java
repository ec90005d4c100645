package org.opencounter.clients.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Posts a reversing entry that mirrors the original's lines, once a reversal is approved. */
@Service
class JournalReversal {

    private final FundAccountRepository fundAccounts;
    private final CashLedger ledger;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    JournalReversal(FundAccountRepository fundAccounts, CashLedger ledger, AuditTrail audit, JdbcClient jdbc,
                    Clock clock) {
        this.fundAccounts = fundAccounts;
        this.ledger = ledger;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Posts the reversing entry, inside the approval's transaction; the client's cash must cover it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long reverse(ReversalRequest request) {
        FundAccount account = fundAccounts.lockByClientId(request.clientId())
                .orElseThrow(() -> new TransferRefused("clients.transfer.clientNotActive"));
        Entry entry = entry(request.journalEntryId(), account.getId());
        List<CashLedger.Line> mirrored = jdbc.sql("""
                        select l.ledger_account_id, a.kind, l.debit, l.credit from clients_journal_line l
                        join clients_ledger_account a on a.id = l.ledger_account_id where l.entry_id = ? order by l.id""")
                .param(entry.id())
                .query((row, n) -> new CashLedger.Line(row.getLong(1), LedgerAccountKind.valueOf(row.getString(2)),
                        row.getBigDecimal(4), row.getBigDecimal(3)))
                .list();
        BigDecimal taken = mirrored.stream().filter(line -> line.kind() == LedgerAccountKind.CLIENT_AVAILABLE)
                .map(CashLedger.Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal available = ledger.balances(account.getId()).available();
        if (taken.compareTo(available) > 0) {
            throw new TransferRefused("clients.reversal.insufficient", taken, available);
        }
        Instant now = clock.instant();
        long reversal = ledger.post(new CashLedger.Posting(JournalKind.REVERSAL, account.getId(), entry.amount(),
                LocalDate.now(clock), "#" + entry.id(), "reversal-" + entry.id(), entry.id(), false,
                org.opencounter.platform.CurrentStaff.require().username(), now, mirrored));
        account.recordActivity(now);
        audit.record(AuditRecord.change("clients.cash.reversal", ClientAccess.ENTITY, request.clientId(), null,
                Map.of("journalEntry", entry.id(), "reversal", reversal, "amount", entry.amount())));
        return reversal;
    }

    record Entry(long id, JournalKind kind, BigDecimal amount, boolean reversed) {
    }

    Entry entry(long entryId, long fundAccountId) {
        Entry entry = jdbc.sql("""
                        select e.id, e.kind, e.amount,
                               exists (select 1 from clients_journal_entry r where r.reverses_entry_id = e.id)
                        from clients_journal_entry e where e.id = ? and e.fund_account_id = ?""")
                .params(entryId, fundAccountId)
                .query((row, n) -> new Entry(row.getLong(1), JournalKind.valueOf(row.getString(2)),
                        row.getBigDecimal(3), row.getBoolean(4)))
                .optional().orElseThrow(() -> new TransferRefused("clients.reversal.notFound"));
        if (entry.kind() == JournalKind.REVERSAL) {
            throw new TransferRefused("clients.reversal.ofReversal");
        }
        if (entry.reversed()) {
            throw new TransferRefused("clients.reversal.already");
        }
        return entry;
    }
}
