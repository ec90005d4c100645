package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opencounter.margin.trading.CreditCash.Kind;
import org.opencounter.margin.trading.CreditCash.Movement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books accrued interest in the credit journal: an entry from the client's ACCRUED interest to the firm's INTEREST
 * income, once per debt and day. The client's cash does not move until the interest is repaid.
 */
@Service
public class InterestPostings {

    private final CreditCash cash;

    InterestPostings(CreditCash cash) {
        this.cash = cash;
    }

    @Transactional
    public void accrued(long contractId, long debtId, LocalDate day, BigDecimal amount, String actor) {
        cash.move(new Movement(contractId, Kind.INTEREST_ACCRUAL, CreditCashAccount.ACCRUED,
                CreditCashAccount.INTEREST, amount, day, "interest:" + debtId + ":" + day, "融资融券利息计提", actor));
    }
}
