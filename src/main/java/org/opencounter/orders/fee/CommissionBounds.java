package org.opencounter.orders.fee;

import java.math.BigDecimal;

import org.opencounter.market.FeeRates;

/**
 * The range a negotiated commission rate must fall in: at most the schedule's cap (0.3%, domain reference §3) and at
 * least what the firm pays the exchange out of the commission (handling fee 0.00341% and regulatory fee 0.002% under
 * the house rule), since a broker may not serve below cost (证券经纪业务管理办法, 2023, art. 27: no unfair competition
 * by charges below cost).
 */
public record CommissionBounds(BigDecimal floor, BigDecimal cap, BigDecimal defaultRate) {

    public static CommissionBounds of(FeeRates rates) {
        BigDecimal floor = BigDecimal.ZERO;
        if (rates.handlingInCommission()) {
            floor = floor.add(rates.handlingFee());
        }
        if (rates.regulatoryInCommission()) {
            floor = floor.add(rates.regulatoryFee());
        }
        return new CommissionBounds(floor, rates.commissionCap(), rates.commissionRate());
    }

    /** Whether a rate (a fraction: 0.00025 is 0.025%) may be agreed with a client. */
    public boolean allows(BigDecimal rate) {
        return rate.signum() > 0 && rate.compareTo(floor) >= 0 && rate.compareTo(cap) <= 0;
    }
}
