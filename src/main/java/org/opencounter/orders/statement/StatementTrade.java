package org.opencounter.orders.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opencounter.orders.Side;

/** A trade as the statement lists it, with its fees and what it did to the client's cash. */
public record StatementTrade(LocalDate tradeDate, String code, String name, Side side, long quantity, BigDecimal price,
                             BigDecimal amount, BigDecimal commission, BigDecimal stampDuty, BigDecimal transferFee,
                             BigDecimal exchangeFees) {

    /** The commission with the exchange levies charged on top of it (handling and regulatory fees, where separate). */
    public BigDecimal commissionAndLevies() {
        return commission.add(exchangeFees);
    }

    public BigDecimal fees() {
        return commission.add(stampDuty).add(transferFee).add(exchangeFees);
    }

    /** The cash effect: a purchase pays its amount and fees, a sale receives its amount less fees. */
    public BigDecimal cashEffect() {
        return side == Side.BUY ? amount.add(fees()).negate() : amount.subtract(fees());
    }
}
