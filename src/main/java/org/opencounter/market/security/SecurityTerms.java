package org.opencounter.market.security;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable reference data of a security.
 *
 * @param totalShares the issuer's shares (总股本) against which holdings are measured; null while unknown
 */
public record SecurityTerms(String name, BigDecimal priceLimit, boolean st, boolean suspended, LocalDate listingDate,
                            boolean marginEligible, BigDecimal collateralRate, boolean tPlusZero, Long totalShares) {
}
