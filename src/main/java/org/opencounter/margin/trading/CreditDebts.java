package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The debts of credit accounts. A financing buy draws a financing debt (融资负债) and a short sell a lending debt
 * (融券负债: the shares owed and what their sale brought in), each order's fills adding to its one debt. Cash
 * repayments pay interest first, then financing principal, the oldest debt first; the financed shares shrink in
 * proportion to the principal repaid, so that the margin available sees only what is still financed. Shares returned
 * (bought back or taken from the credit position) repay the lending debts oldest first, and release the sale
 * proceeds they tied up in proportion.
 */
@Component
class CreditDebts {

    private final JdbcClient jdbc;

    CreditDebts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fill of a financing buy: the debt of its order grows by the shares and the amount paid for them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void draw(long contractId, long orderId, String code, long shares, BigDecimal amount, LocalDate tradeDate) {
        open(contractId, orderId, "FINANCING", code, shares, amount, tradeDate);
    }

    /** A fill of a short sell: the lending debt of its order grows by the shares sold and what they brought in. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lend(long contractId, long orderId, String code, long shares, BigDecimal proceeds, LocalDate tradeDate) {
        open(contractId, orderId, "LENDING", code, shares, proceeds, tradeDate);
    }

    /**
     * The contract's open debts, locked, as cash repays them: financing debts whole, lending debts for their interest
     * only (their principal is shares, which cash does not return).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<MarginDebt> lockOpen(long contractId) {
        return jdbc.sql("""
                        select id, opened_on, case when kind = 'FINANCING' then principal else 0 end, interest
                        from margin_debt where contract_id = ? and status = 'OPEN'
                        order by opened_on, id for update""")
                .param(contractId)
                .query((row, n) -> new MarginDebt(row.getLong(1), row.getDate(2).toLocalDate(),
                        row.getBigDecimal(3), row.getBigDecimal(4)))
                .list()
                .stream().filter(debt -> debt.total().signum() > 0).toList();
    }

    /** Applies a repayment worked out by the rule to the debts it names. */
    @Transactional(propagation = Propagation.MANDATORY)
    void apply(Repayment repayment) {
        for (Repayment.Applied applied : repayment.applied()) {
            jdbc.sql("""
                            update margin_debt set
                                quantity = case when kind = 'LENDING' then quantity
                                                when principal - ? = 0 then 0
                                                else floor(quantity * (principal - ?) / principal) end,
                                principal = principal - ?, interest = interest - ?,
                                status = case when principal - ? = 0 and interest - ? = 0
                                                   and (kind = 'FINANCING' or quantity = 0) then 'REPAID'
                                              else status end
                            where id = ?""")
                    .params(applied.principal(), applied.principal(), applied.principal(), applied.interest(),
                            applied.principal(), applied.interest(), applied.debtId())
                    .update();
        }
    }

    /** The shares of the security the contract's lending debts owe. */
    long sharesOwed(long contractId, String code) {
        return jdbc.sql("""
                        select coalesce(sum(quantity), 0) from margin_debt
                        where contract_id = ? and kind = 'LENDING' and status = 'OPEN' and code = ?""")
                .params(contractId, code).query(Long.class).single();
    }

    /**
     * Returns shares to the lending debts in the security, oldest first; each debt's proceeds shrink in proportion,
     * and a debt with no shares and no interest left is repaid. Answers the shares the debts took.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long returnShares(long contractId, String code, long shares) {
        record Lent(long id, long quantity, BigDecimal principal) {
        }
        List<Lent> owed = jdbc.sql("""
                        select id, quantity, principal from margin_debt
                        where contract_id = ? and kind = 'LENDING' and status = 'OPEN' and code = ? and quantity > 0
                        order by opened_on, id for update""")
                .params(contractId, code)
                .query((row, n) -> new Lent(row.getLong(1), row.getLong(2), row.getBigDecimal(3))).list();
        long left = shares;
        for (Lent debt : owed) {
            if (left == 0) {
                break;
            }
            long taken = Math.min(left, debt.quantity());
            BigDecimal principal = taken == debt.quantity() ? BigDecimal.ZERO.setScale(2)
                    : debt.principal().multiply(BigDecimal.valueOf(debt.quantity() - taken))
                            .divide(BigDecimal.valueOf(debt.quantity()), 2, RoundingMode.HALF_UP);
            jdbc.sql("""
                            update margin_debt set quantity = quantity - ?, principal = ?,
                                status = case when quantity - ? = 0 and interest = 0 then 'REPAID' else status end
                            where id = ?""")
                    .params(taken, principal, taken, debt.id()).update();
            left -= taken;
        }
        return shares - left;
    }

    private void open(long contractId, long orderId, String kind, String code, long shares, BigDecimal amount,
                      LocalDate tradeDate) {
        jdbc.sql("""
                        insert into margin_debt (contract_id, kind, code, quantity, principal, interest, opened_on,
                            accrued_until, status, order_id)
                        values (?, ?, ?, ?, ?, 0, ?, ?, 'OPEN', ?)
                        on conflict (order_id) where order_id is not null do update
                            set quantity = margin_debt.quantity + excluded.quantity,
                                principal = margin_debt.principal + excluded.principal""")
                .params(contractId, kind, code, shares, amount, Date.valueOf(tradeDate), Date.valueOf(tradeDate),
                        orderId)
                .update();
    }
}
