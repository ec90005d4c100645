package org.opencounter.margin.debt;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.margin.trading.InterestPostings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books the interest on every open margin debt for the calendar days since its last accrual, up to and including the
 * day: financing at the contract's financing rate on the amount still owed, lending at its lending rate on what the
 * short sale brought in; each accrual is also an entry in the credit journal. Run after each trading day's close, so
 * Monday's run carries the weekend; running twice for a day books nothing more.
 */
@Service
@Transactional
public class InterestAccrual {

    static final String ACTOR = "system";

    private final JdbcClient jdbc;
    private final InterestPostings postings;

    InterestAccrual(JdbcClient jdbc, InterestPostings postings) {
        this.jdbc = jdbc;
        this.postings = postings;
    }

    /** What one run booked. */
    public record Run(int debts, BigDecimal amount) {
    }

    public Run accrue(LocalDate day) {
        record Due(long id, BigDecimal base, BigDecimal rate, LocalDate accruedUntil, long contractId) {
        }
        List<Due> due = jdbc.sql("""
                        select d.id, d.principal,
                               case d.kind when 'FINANCING' then k.financing_rate else k.lending_rate end,
                               d.accrued_until, d.contract_id
                        from margin_debt d join margin_contract k on k.id = d.contract_id
                        where d.status = 'OPEN' and d.accrued_until < ? and d.principal > 0
                        order by d.id for update of d""")
                .param(Date.valueOf(day))
                .query((row, n) -> new Due(row.getLong(1), row.getBigDecimal(2), row.getBigDecimal(3),
                        row.getDate(4).toLocalDate(), row.getLong(5)))
                .list();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Due debt : due) {
            long days = Interest.daysSince(debt.accruedUntil(), day);
            BigDecimal amount = Interest.forDays(debt.base(), debt.rate(), days);
            jdbc.sql("""
                            insert into margin_interest_accrual (debt_id, accrued_on, days, base, annual_rate, amount)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(debt.id(), Date.valueOf(day), days, debt.base(), debt.rate(), amount).update();
            jdbc.sql("update margin_debt set interest = interest + ?, accrued_until = ? where id = ?")
                    .params(amount, Date.valueOf(day), debt.id()).update();
            postings.accrued(debt.contractId(), debt.id(), day, amount, ACTOR);
            total = total.add(amount);
        }
        return new Run(due.size(), total);
    }
}
