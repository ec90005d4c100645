package org.opencounter.clients.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.CashClearing;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settles a trade date with the clearing house: the clearing account's lines of the day's trades net to what the
 * firm owes (credits, for purchases) or is owed (debits, for sales); one CSDC_SETTLEMENT entry moves that net against
 * the bank settlement account, so the clearing account is square for the day.
 */
@Service
class ClearingSettlement implements CashClearing {

    private final CashLedger ledger;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ClearingSettlement(CashLedger ledger, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal payable(LocalDate tradeDate) {
        return jdbc.sql("""
                        select coalesce(sum(l.credit - l.debit), 0) from clients_journal_entry e
                        join clients_journal_line l on l.entry_id = e.id
                        join clients_ledger_account a on a.id = l.ledger_account_id and a.kind = 'CLEARING'
                        where e.business_date = ? and e.kind in ('TRADE_BUY', 'TRADE_SELL')""")
                .param(Date.valueOf(tradeDate)).query(BigDecimal.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean settled(LocalDate tradeDate) {
        return earlier(tradeDate).isPresent();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal settle(LocalDate tradeDate, String actor) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('clients_cash_settlement'), ?)")
                .param((int) tradeDate.toEpochDay()).query().singleRow();
        Optional<BigDecimal> earlier = earlier(tradeDate);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        BigDecimal payable = payable(tradeDate);
        Instant now = clock.instant();
        Long entryId = null;
        if (payable.signum() != 0) {
            long clearing = ledger.firmAccount(TradingCashLedger.CLEARING_CODE, LedgerAccountKind.CLEARING);
            long bank = ledger.bankSettlementAccount();
            BigDecimal amount = payable.abs();
            List<CashLedger.Line> lines = payable.signum() > 0
                    ? List.of(CashLedger.Line.debit(clearing, LedgerAccountKind.CLEARING, amount),
                            CashLedger.Line.credit(bank, LedgerAccountKind.BANK_SETTLEMENT, amount))
                    : List.of(CashLedger.Line.debit(bank, LedgerAccountKind.BANK_SETTLEMENT, amount),
                            CashLedger.Line.credit(clearing, LedgerAccountKind.CLEARING, amount));
            entryId = ledger.post(new CashLedger.Posting(JournalKind.CSDC_SETTLEMENT, null, amount, tradeDate,
                    "CSDC settlement " + tradeDate, "csdc:" + tradeDate, null, false, actor, now, lines));
        }
        jdbc.sql("""
                        insert into clients_cash_settlement (trade_date, payable, entry_id, settled_by, settled_at)
                        values (?, ?, ?, ?, ?)""")
                .params(Date.valueOf(tradeDate), payable, entryId, actor, Timestamp.from(now)).update();
        audit.record(AuditRecord.change("clients.cash.settle", "CashSettlement", tradeDate, null,
                Map.of("payable", payable, "entryId", String.valueOf(entryId))));
        return payable;
    }

    private Optional<BigDecimal> earlier(LocalDate tradeDate) {
        return jdbc.sql("select payable from clients_cash_settlement where trade_date = ?")
                .param(Date.valueOf(tradeDate)).query(BigDecimal.class).optional();
    }
}
