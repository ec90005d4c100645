package org.opencounter.clients.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A demo bank transfer (银证转账) as the ledger books it, written with plain inserts: the entry, flagged large from
 * 50,000, and its two lines between the bank settlement account and the client's available cash. The client's
 * balance is the caller's to keep.
 */
@Component
class DemoBankTransfers {

    private static final BigDecimal LARGE = new BigDecimal("50000");

    private final JdbcClient jdbc;

    DemoBankTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Books the transfer in (from the bank) or out (to it); answers the entry. */
    long book(long fundAccountId, long availableId, long bankId, boolean in, BigDecimal amount, LocalDate day,
              Timestamp at, String key, String actor) {
        long entry = jdbc.sql("""
                        insert into clients_journal_entry (kind, fund_account_id, amount, business_date,
                            idempotency_key, flagged_large, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(in ? "BANK_TRANSFER_IN" : "BANK_TRANSFER_OUT", fundAccountId, amount, Date.valueOf(day), key,
                        amount.compareTo(LARGE) >= 0, actor, at)
                .query(Long.class).single();
        jdbc.sql("insert into clients_journal_line (entry_id, ledger_account_id, debit, credit)"
                        + " values (?, ?, ?, 0), (?, ?, 0, ?)")
                .params(entry, in ? bankId : availableId, amount, entry, in ? availableId : bankId, amount).update();
        return entry;
    }
}
