package org.opencounter.clients;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What must always hold in the cash ledger; each row answered is a break. */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    public static List<String> breaks(JdbcClient jdbc) {
        List<String> unbalanced = jdbc.sql("""
                select 'entry ' || entry_id || ' does not balance' from clients_journal_line
                group by entry_id having sum(debit) <> sum(credit)""").query(String.class).list();
        List<String> balances = jdbc.sql("""
                select 'account ' || a.code || ' keeps ' || a.balance || ' but its lines sum to '
                    || coalesce(sum(l.credit - l.debit), 0)
                from clients_ledger_account a left join clients_journal_line l on l.ledger_account_id = a.id
                where a.kind <> 'BANK_SETTLEMENT'
                group by a.id, a.code, a.balance having a.balance <> coalesce(sum(l.credit - l.debit), 0)""")
                .query(String.class).list();
        return java.util.stream.Stream.concat(unbalanced.stream(), balances.stream()).toList();
    }
}
