package org.opencounter.margin.trading;

import static org.opencounter.margin.trading.CreditCashAccount.ACCRUED;
import static org.opencounter.margin.trading.CreditCashAccount.AVAILABLE;
import static org.opencounter.margin.trading.CreditCashAccount.FINANCING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.margin.debt.MarginDebt;
import org.opencounter.margin.debt.Repayment;
import org.opencounter.margin.trading.CreditCash.Kind;
import org.opencounter.margin.trading.CreditCash.Movement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays available credit cash into the debts by the repayment order (interest first, then principal, oldest first):
 * the interest settles what the client owes in accrued interest, the principal goes back to the firm's financing
 * funds. What the debts do not take stays available. The same reference twice repays once.
 */
@Component
class CreditRepayments {

    private final CreditCash cash;
    private final CreditDebts debts;

    CreditRepayments(CreditCash cash, CreditDebts debts) {
        this.cash = cash;
        this.debts = debts;
    }

    /** Answers the repayment made; none when the contract owed nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    Repayment repay(long contractId, BigDecimal amount, LocalDate businessDate, String reference, String memo,
                    String actor) {
        List<MarginDebt> open = debts.lockOpen(contractId);
        if (open.isEmpty() || amount.signum() <= 0) {
            return new Repayment(List.of(), amount);
        }
        Repayment repayment = Repayment.of(amount, open);
        BigDecimal interest = repayment.applied().stream().map(Repayment.Applied::interest)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal principal = repayment.applied().stream().map(Repayment.Applied::principal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean interestMoved = cash.move(new Movement(contractId, Kind.REPAYMENT, AVAILABLE, ACCRUED, interest,
                businessDate, reference + ":interest", memo, actor));
        boolean principalMoved = cash.move(new Movement(contractId, Kind.REPAYMENT, AVAILABLE, FINANCING, principal,
                businessDate, reference + ":principal", memo, actor));
        if (!interestMoved && !principalMoved) {
            return new Repayment(List.of(), amount);
        }
        debts.apply(repayment);
        return repayment;
    }
}
