package org.opencounter.wealth.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.opencounter.wealth.product.Product;

/** A client's units of a catalogue product, valued at its latest NAV. */
public record ProductHolding(Product product, BigDecimal units, BigDecimal cost) {

    public BigDecimal value() {
        return units.multiply(product.nav()).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal gain() {
        return value().subtract(cost);
    }
}
