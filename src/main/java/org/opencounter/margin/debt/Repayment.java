package org.opencounter.margin.debt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a repayment is spread over a contract's debts (还款顺序): all unpaid interest first, then principal, each
 * oldest debt first; what is left over stays with the client as cash.
 */
public record Repayment(List<Applied> applied, BigDecimal leftOver) {

    /** What one debt received. */
    public record Applied(long debtId, BigDecimal interest, BigDecimal principal) {
    }

    public static Repayment of(BigDecimal amount, List<MarginDebt> debts) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a repayment is positive");
        }
        List<MarginDebt> oldestFirst = debts.stream()
                .sorted(Comparator.comparing(MarginDebt::openedOn).thenComparing(MarginDebt::id)).toList();
        BigDecimal left = amount;
        List<BigDecimal> interest = new ArrayList<>();
        for (MarginDebt debt : oldestFirst) {
            BigDecimal paid = left.min(debt.interest());
            interest.add(paid);
            left = left.subtract(paid);
        }
        List<Applied> applied = new ArrayList<>();
        for (int i = 0; i < oldestFirst.size(); i++) {
            MarginDebt debt = oldestFirst.get(i);
            BigDecimal principal = left.min(debt.principal());
            left = left.subtract(principal);
            if (interest.get(i).signum() > 0 || principal.signum() > 0) {
                applied.add(new Applied(debt.id(), interest.get(i), principal));
            }
        }
        return new Repayment(List.copyOf(applied), left);
    }
}
