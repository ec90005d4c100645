package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opencounter.margin.trading.CreditCash.Kind;
import org.opencounter.margin.trading.CreditCash.Movement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cash moved from the client's bank into the credit account as collateral (担保资金转入); a reference moves it once. */
@Service
public class CreditTransfers {

    private final CreditCash cash;

    CreditTransfers(CreditCash cash) {
        this.cash = cash;
    }

    @Transactional
    public boolean transferIn(long contractId, BigDecimal amount, LocalDate businessDate, String reference,
                              String actor) {
        return cash.move(new Movement(contractId, Kind.TRANSFER_IN, CreditCashAccount.BANK,
                CreditCashAccount.AVAILABLE, amount, businessDate, reference, "担保资金转入", actor));
    }
}
