package org.opencounter.market;

import java.math.BigDecimal;

/**
 * The fee rates in force on a trade date (rates as fractions: 0.00025 is 0.025%).
 *
 * @param commissionRate      the default commission rate for clients without a negotiated one
 * @param commissionMinimum   the least commission per order (house rule)
 * @param commissionCap       the most a negotiated rate may be
 * @param stampDuty           charged on sells only
 * @param handlingInCommission whether the exchange handling fee is paid out of the commission (house rule) or
 *                            charged on top; the same for the regulatory fee
 */
public record FeeRates(BigDecimal commissionRate, BigDecimal commissionMinimum, BigDecimal commissionCap,
                       BigDecimal stampDuty, BigDecimal transferFee, BigDecimal handlingFee,
                       boolean handlingInCommission, BigDecimal regulatoryFee, boolean regulatoryInCommission) {
}
