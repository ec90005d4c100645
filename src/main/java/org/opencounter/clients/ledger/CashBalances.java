package org.opencounter.clients.ledger;

import java.math.BigDecimal;

/**
 * A fund account's cash. Total = available + frozen. Withdrawable is available cash less sale proceeds that
 * settle on T+1; until the orders module books proceeds there are none, so withdrawable equals available.
 */
public record CashBalances(BigDecimal available, BigDecimal frozen, BigDecimal withdrawable) {

    public static final CashBalances NONE = new CashBalances(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2));

    public BigDecimal total() {
        return available.add(frozen);
    }
}
