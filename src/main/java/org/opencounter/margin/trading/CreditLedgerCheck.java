package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every credit account's cash against its journal (信用资金核对): the balance must be what the entries into the
 * client's AVAILABLE and FROZEN cash add up to less those out of it, and the frozen cash what they add up to for
 * FROZEN alone. Any difference is a break to investigate.
 */
@Service
@Transactional(readOnly = true)
public class CreditLedgerCheck {

    /** A credit account whose balances differ from its journal. */
    public record Break(long contractId, String contractNumber, BigDecimal balance, BigDecimal journalBalance,
                        BigDecimal frozen, BigDecimal journalFrozen) {
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
                                   - sum(case when from_account = 'FROZEN' then amount else 0 end) as frozen
                            from margin_credit_journal group by contract_id)
                        select c.contract_id, k.contract_number, c.balance, coalesce(j.balance, 0) as journal_balance,
                               c.frozen, coalesce(j.frozen, 0) as journal_frozen
                        from margin_credit_cash c join margin_contract k on k.id = c.contract_id
                        left join journal j on j.contract_id = c.contract_id
                        where c.balance <> coalesce(j.balance, 0) or c.frozen <> coalesce(j.frozen, 0)
                        order by c.contract_id""")
                .query((row, n) -> new Break(row.getLong(1), row.getString(2), row.getBigDecimal(3),
                        row.getBigDecimal(4), row.getBigDecimal(5), row.getBigDecimal(6)))
                .list();
    }
}
