package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.margin.debt.MarginDebt;
import org.opencounter.margin.debt.Repayment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financing debts (融资负债) of credit accounts: a financing buy draws one, its fills adding to it; repayments
 * pay them down, interest before principal and the oldest debt first. The shares a debt financed shrink in proportion
 * to the principal repaid, so that the margin available sees only what is still financed.
 */
@Component
class FinancingDebts {

    private final JdbcClient jdbc;

    FinancingDebts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fill of a financing buy: the debt of its order grows by the shares and the amount paid for them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void draw(long contractId, long orderId, String code, long shares, BigDecimal amount, LocalDate tradeDate) {
        jdbc.sql("""
                        insert into margin_debt (contract_id, kind, code, quantity, principal, interest, opened_on,
                            accrued_until, status, order_id)
                        values (?, 'FINANCING', ?, ?, ?, 0, ?, ?, 'OPEN', ?)
                        on conflict (order_id) where order_id is not null do update
                            set quantity = margin_debt.quantity + excluded.quantity,
                                principal = margin_debt.principal + excluded.principal""")
                .params(contractId, code, shares, amount, Date.valueOf(tradeDate), Date.valueOf(tradeDate), orderId)
                .update();
    }

    /** The contract's open financing debts, locked for repayment. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<MarginDebt> lockOpen(long contractId) {
        return jdbc.sql("""
                        select id, opened_on, principal, interest from margin_debt
                        where contract_id = ? and kind = 'FINANCING' and status = 'OPEN'
                        order by opened_on, id for update""")
                .param(contractId)
                .query((row, n) -> new MarginDebt(row.getLong(1), row.getDate(2).toLocalDate(),
                        row.getBigDecimal(3), row.getBigDecimal(4)))
                .list();
    }

    /** Applies a repayment worked out by the rule to the debts it names. */
    @Transactional(propagation = Propagation.MANDATORY)
    void apply(Repayment repayment, List<MarginDebt> debts) {
        for (Repayment.Applied applied : repayment.applied()) {
            MarginDebt debt = debts.stream().filter(d -> d.id() == applied.debtId()).findFirst().orElseThrow();
            BigDecimal principal = debt.principal().subtract(applied.principal());
            BigDecimal interest = debt.interest().subtract(applied.interest());
            boolean repaid = principal.signum() == 0 && interest.signum() == 0;
            jdbc.sql("""
                            update margin_debt set principal = ?, interest = ?,
                                quantity = case when principal = 0 then 0 else floor(quantity * ? / principal) end,
                                status = case when ? then 'REPAID' else status end
                            where id = ?""")
                    .params(principal, interest, principal, repaid, debt.id())
                    .update();
        }
    }
}
