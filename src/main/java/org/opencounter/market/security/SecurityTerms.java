package org.opencounter.market.security;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable reference data of a security. */
public record SecurityTerms(String name, BigDecimal priceLimit, boolean st, boolean suspended, LocalDate listingDate,
                            boolean marginEligible, BigDecimal collateralRate, boolean tPlusZero) {
}
