package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fill of a credit order, to book in the credit account.
 *
 * @param value      price × quantity, to the cent
 * @param fees       every fee of the fill
 * @param commission the part of the fees that is the firm's commission; the rest is passed on
 * @param frozen     what the order still held frozen before this fill (cash, or line for a financing buy)
 * @param tPlusZero  whether bought shares may be sold the same day
 */
public record CreditFill(long orderId, long clientId, CreditTrade trade, String code, long quantity,
                         BigDecimal value, BigDecimal fees, BigDecimal commission, BigDecimal frozen,
                         LocalDate tradeDate, boolean tPlusZero, String reference, String memo, String actor) {

    /** What a buy pays: value plus fees; what a sell brings in: value less fees. */
    public BigDecimal net() {
        return trade.side() == Side.BUY ? value.add(fees) : value.subtract(fees);
    }
}
