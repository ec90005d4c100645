package org.opencounter.clients.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opencounter.clients.CashStatement;
import org.opencounter.clients.CashStatements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements from the journal: a client account's balance is its credits less its debits (the firm owes the client),
 * so the cash at any day's end is the sum of the lines of entries up to that business day, and a movement is an
 * entry whose lines change the sum of the client's two accounts.
 */
@Service
@Transactional(readOnly = true)
class JournalCashStatements implements CashStatements {

    private final JdbcClient jdbc;

    JournalCashStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CashStatement statement(long fundAccountId, LocalDate from, LocalDate to) {
        BigDecimal opening = jdbc.sql("""
                        select coalesce(sum(l.credit - l.debit), 0) from clients_journal_line l
                        join clients_ledger_account a on a.id = l.ledger_account_id
                        join clients_journal_entry e on e.id = l.entry_id
                        where a.fund_account_id = ? and e.business_date < ?""")
                .params(fundAccountId, Date.valueOf(from)).query(BigDecimal.class).single().setScale(2);
        List<CashStatement.Movement> movements = new ArrayList<>();
        BigDecimal balance = opening;
        for (Change change : changes(fundAccountId, from, to)) {
            balance = balance.add(change.amount());
            movements.add(new CashStatement.Movement(change.businessDate(), change.kind(), change.memo(),
                    change.amount(), balance));
        }
        return new CashStatement(opening, balance, List.copyOf(movements));
    }

    private record Change(LocalDate businessDate, String kind, String memo, BigDecimal amount) {
    }

    private List<Change> changes(long fundAccountId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select e.business_date, e.kind, e.memo, sum(l.credit - l.debit) as amount
                        from clients_journal_entry e
                        join clients_journal_line l on l.entry_id = e.id
                        join clients_ledger_account a on a.id = l.ledger_account_id and a.fund_account_id = e.fund_account_id
                        where e.fund_account_id = ? and e.business_date between ? and ?
                        group by e.id, e.business_date, e.kind, e.memo
                        having sum(l.credit - l.debit) <> 0
                        order by e.business_date, e.id""")
                .params(fundAccountId, Date.valueOf(from), Date.valueOf(to))
                .query((row, n) -> new Change(row.getDate(1).toLocalDate(), row.getString(2), row.getString(3),
                        row.getBigDecimal(4)))
                .list();
    }
}
