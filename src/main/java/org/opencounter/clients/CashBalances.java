package org.opencounter.clients;

import java.math.BigDecimal;

/**
 * A fund account's cash. Total = available + frozen. Available cash buys; withdrawable is available cash less
 * today's sale proceeds, which settle and become withdrawable on T+1.
 */
public record CashBalances(BigDecimal available, BigDecimal frozen, BigDecimal withdrawable) {

    public static final CashBalances NONE = new CashBalances(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2));

    public BigDecimal total() {
        return available.add(frozen);
    }
}
