package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every credit account against its journal (信用资金核对): the balance must be what the entries into the
 * client's AVAILABLE and FROZEN cash add up to less those out of it, the frozen cash what they add up to for FROZEN
 * alone, and the interest the debts owe what ACCRUED has given to interest income less what repayments settled. Any
 * difference is a break to investigate.
 */
@Service
@Transactional(readOnly = true)
public class CreditLedgerCheck {

    /** A credit account whose balances differ from its journal. */
    public record Break(long contractId, String contractNumber, BigDecimal balance, BigDecimal journalBalance,
                        BigDecimal frozen, BigDecimal journalFrozen, BigDecimal interest, BigDecimal journalInterest) {
    }

    private final JdbcClient jdbc;

    CreditLedgerCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Break> breaks() {
        return jdbc.sql("""
                        with journal as (
                            select contract_id,
                                   sum(case when to_account in ('AVAILABLE', 'FROZEN') then amount else 0 end)
                                   - sum(case when from_account in ('AVAILABLE', 'FROZEN') then amount else 0 end)
                                       as balance,
                                   sum(case when to_account = 'FROZEN' then amount else 0 end)
                                   - sum(case when from_account = 'FROZEN' then amount else 0 end) as frozen,
                                   sum(case when from_account = 'ACCRUED' then amount else 0 end)
                                   - sum(case when to_account = 'ACCRUED' then amount else 0 end) as interest
                            from margin_credit_journal group by contract_id),
                        owed as (select contract_id, sum(interest) as interest from margin_debt group by contract_id)
                        select k.id, k.contract_number, coalesce(c.balance, 0) as balance,
                               coalesce(j.balance, 0) as journal_balance, coalesce(c.frozen, 0) as frozen,
                               coalesce(j.frozen, 0) as journal_frozen, coalesce(o.interest, 0) as interest,
                               coalesce(j.interest, 0) as journal_interest
                        from margin_contract k left join margin_credit_cash c on c.contract_id = k.id
                        left join journal j on j.contract_id = k.id left join owed o on o.contract_id = k.id
                        where coalesce(c.balance, 0) <> coalesce(j.balance, 0) or coalesce(c.frozen, 0)
                              <> coalesce(j.frozen, 0) or coalesce(o.interest, 0) <> coalesce(j.interest, 0)
                        order by k.id""")
                .query((row, n) -> new Break(row.getLong(1), row.getString(2), row.getBigDecimal(3),
                        row.getBigDecimal(4), row.getBigDecimal(5), row.getBigDecimal(6), row.getBigDecimal(7),
                        row.getBigDecimal(8)))
                .list();
    }
}
