package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.opencounter.clients.CashBalances;
import org.opencounter.clients.TradingAccount;
import org.opencounter.market.Instrument;
import org.opencounter.market.MarketPhase;
import org.opencounter.market.PriceBand;
import org.opencounter.market.Quote;

/**
 * An order as the checks see it, with what they need to judge it, read under the account's lock.
 *
 * @param price          the limit price, or a STAR market order's protection price; null for other market orders
 * @param freezePrice    the price the order's value is estimated at: the limit or protection price, for other market
 *                       buys the day's upper limit, for market sells the latest price; null when none can be known
 * @param value          freezePrice × quantity, null with it
 * @param estimatedFees  the fees of filling the whole order at the freeze price
 * @param heldShares     the client's position in the security
 * @param sellableShares what may be sold now: held, less frozen for open sells, less bought today (T+1)
 * @param quote          the latest price, null when the security has none yet
 * @param creditTrade    what the order does on the credit account; null for the ordinary account
 * @param credit         the credit account, when the order is a credit order and the client has one; cash and shares
 *                       above are then the credit account's
 */
public record OrderTicket(TradingAccount account, Instrument instrument, Side side, OrderType type, long quantity,
                          BigDecimal price, BigDecimal freezePrice, BigDecimal value, BigDecimal estimatedFees,
                          LocalDate tradeDate, MarketPhase phase, PriceBand band, Quote quote, CashBalances cash,
                          long heldShares, long sellableShares, CreditTrade creditTrade, CreditStanding credit) {

    /** What a buy freezes: value plus estimated fees. */
    public BigDecimal cashToFreeze() {
        return value == null ? null : value.add(estimatedFees);
    }

    /** Whether a buy pays with the client's cash: every buy but a financing buy, which draws on the credit line. */
    public boolean paysFromCash() {
        return side == Side.BUY && (creditTrade == null || !creditTrade.financed());
    }

    public boolean onCredit() {
        return creditTrade != null;
    }
}
