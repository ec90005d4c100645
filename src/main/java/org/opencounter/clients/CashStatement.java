package org.opencounter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund account's cash (available and frozen together) over a period, as a statement prints it: the balance at the
 * start, every movement that changed it with the balance after it, and the balance at the end. Freezes and
 * releases for orders move cash inside the account and are not movements.
 */
public record CashStatement(BigDecimal opening, BigDecimal closing, List<Movement> movements) {

    /** One movement: its business day, its journal kind (BANK_TRANSFER_IN, TRADE_BUY…), memo, amount and balance. */
    public record Movement(LocalDate businessDate, String kind, String memo, BigDecimal amount, BigDecimal balance) {
    }

    /** The sum of the movements of one kind; zero when there are none. */
    public BigDecimal total(String kind) {
        return movements.stream().filter(movement -> movement.kind().equals(kind)).map(Movement::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
