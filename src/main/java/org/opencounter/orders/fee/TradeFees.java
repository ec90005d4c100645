package org.opencounter.orders.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.opencounter.market.FeeRates;
import org.opencounter.orders.Side;

/**
 * The fees of a trade from the fee schedule and the client's commission rate (domain reference §3): commission on
 * both sides with a minimum per order, stamp duty on sells, the transfer fee on both sides, and the exchange
 * handling and regulatory fees only where the schedule does not include them in the commission. Each fee is
 * rounded half-up to 0.01 CNY.
 * <p>
 * An order filled in parts pays the commission of its running total, never less than the minimum in all, so each
 * fill carries the increase; the transfer and exchange fees are computed the same way, so the fills of an order add up
 * to exactly the fee of its total and never to more than the cash frozen for it. Stamp duty is computed per fill.
 * A sell's commission is at most what remains of its value after the taxes, so a tiny odd-lot sale never costs the
 * client more than it brings (house rule).
 */
public final class TradeFees {

    private final FeeRates rates;
    private final BigDecimal commissionRate;

    /**
     * @param commissionRate the client's negotiated rate, or null for the schedule's default
     */
    public TradeFees(FeeRates rates, BigDecimal commissionRate) {
        this.rates = rates;
        this.commissionRate = commissionRate == null ? rates.commissionRate() : commissionRate;
    }

    /** The fees of filling a whole order of this value in one trade. */
    public Fees ofOrder(Side side, BigDecimal value) {
        return ofFill(side, BigDecimal.ZERO, value, Fees.NONE);
    }

    /**
     * The fees of one fill.
     *
     * @param filledBefore the order's value filled before this fill
     * @param fillValue    this fill's value
     * @param paidBefore   the fees the order's earlier fills paid
     */
    public Fees ofFill(Side side, BigDecimal filledBefore, BigDecimal fillValue, Fees paidBefore) {
        BigDecimal total = filledBefore.add(fillValue);
        BigDecimal transfer = round(total.multiply(rates.transferFee())).subtract(paidBefore.transferFee());
        BigDecimal exchange = round(total.multiply(separateExchangeRate())).subtract(paidBefore.exchangeFees());
        BigDecimal stamp = side == Side.SELL ? round(fillValue.multiply(rates.stampDuty())) : zero();
        BigDecimal commissionOfTotal = round(total.multiply(commissionRate)).max(rates.commissionMinimum());
        BigDecimal commission = commissionOfTotal.subtract(paidBefore.commission()).max(zero());
        if (side == Side.SELL) {
            BigDecimal remaining = fillValue.subtract(stamp).subtract(transfer).subtract(exchange).max(zero());
            commission = commission.min(remaining);
        }
        return new Fees(commission.setScale(2), stamp, transfer, exchange);
    }

    /** The handling and regulatory fees charged on top of the commission, as one rate. */
    private BigDecimal separateExchangeRate() {
        BigDecimal rate = BigDecimal.ZERO;
        if (!rates.handlingInCommission()) {
            rate = rate.add(rates.handlingFee());
        }
        if (!rates.regulatoryInCommission()) {
            rate = rate.add(rates.regulatoryFee());
        }
        return rate;
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
