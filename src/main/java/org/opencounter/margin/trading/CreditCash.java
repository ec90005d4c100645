package org.opencounter.margin.trading;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves credit cash: each movement is one journal entry from an account to another, and the contract's balances follow
 * from it in the same transaction. A reference seen before moves nothing, so a repeated fill or request is harmless.
 * The balances never go negative and frozen cash never exceeds the balance; the database refuses otherwise.
 */
@Component
class CreditCash {

    /** Why cash moves, as the journal records it. */
    enum Kind {
        TRANSFER_IN, TRANSFER_OUT, ORDER_FREEZE, ORDER_RELEASE, TRADE_BUY, TRADE_SELL, FINANCED_BUY, REPAYMENT,
        INTEREST_ACCRUAL, COMMISSION
    }

    /** One movement asked for. */
    record Movement(long contractId, Kind kind, CreditCashAccount from, CreditCashAccount to, BigDecimal amount,
                    LocalDate businessDate, String reference, String memo, String actor) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CreditCash(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes sure the contract has its cash row, so that it can be locked and moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    void open(long contractId) {
        jdbc.sql("insert into margin_credit_cash (contract_id) values (?) on conflict do nothing").param(contractId)
                .update();
    }

    /** The contract's credit cash balance, frozen cash included. */
    BigDecimal balance(long contractId) {
        return jdbc.sql("select balance from margin_credit_cash where contract_id = ?").param(contractId)
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    /** Books the movement; answers false when its reference was booked before, and nothing moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean move(Movement movement) {
        if (movement.amount().signum() <= 0) {
            return false;
        }
        int entered = jdbc.sql("""
                        insert into margin_credit_journal (contract_id, kind, from_account, to_account, amount,
                            business_date, reference, memo, actor, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (reference) do nothing""")
                .params(movement.contractId(), movement.kind().name(), movement.from().name(), movement.to().name(),
                        movement.amount(), Date.valueOf(movement.businessDate()), movement.reference(),
                        movement.memo(), movement.actor(), Timestamp.from(clock.instant()))
                .update();
        if (entered == 0) {
            return false;
        }
        BigDecimal balance = BigDecimal.ZERO;
        BigDecimal frozen = BigDecimal.ZERO;
        if (movement.to().clients()) {
            balance = balance.add(movement.amount());
        }
        if (movement.from().clients()) {
            balance = balance.subtract(movement.amount());
        }
        if (movement.to() == CreditCashAccount.FROZEN) {
            frozen = frozen.add(movement.amount());
        }
        if (movement.from() == CreditCashAccount.FROZEN) {
            frozen = frozen.subtract(movement.amount());
        }
        open(movement.contractId());
        jdbc.sql("update margin_credit_cash set balance = balance + ?, frozen = frozen + ?, version = version + 1"
                        + " where contract_id = ?")
                .params(balance, frozen, movement.contractId()).update();
        return true;
    }
}
