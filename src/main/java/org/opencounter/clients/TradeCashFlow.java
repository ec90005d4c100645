package org.opencounter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The cash of one trade: its value, the commission the firm earns and the taxes and fees passed on to the clearing
 * house and the tax office (stamp duty, transfer fee).
 */
public record TradeCashFlow(long fundAccountId, BigDecimal value, BigDecimal commission, BigDecimal passedOnFees,
                            LocalDate tradeDate, String key, String memo, String by) {

    public BigDecimal fees() {
        return commission.add(passedOnFees);
    }
}
