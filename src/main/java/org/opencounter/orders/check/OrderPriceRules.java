package org.opencounter.orders.check;

import java.math.BigDecimal;

import org.opencounter.market.Instrument;
import org.opencounter.market.PriceBand;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderType;

/**
 * Price rules: a limit price (or a STAR market order's protection price) lies on the tick grid and inside the day's
 * band; other market orders need a band to be priced against, since their cash is frozen at the upper limit.
 */
final class OrderPriceRules {

    private OrderPriceRules() {
    }

    static CheckVerdict check(Instrument instrument, OrderType type, BigDecimal price, PriceBand band) {
        boolean priced = !type.market() || type.needsProtectionPrice(instrument.board());
        if (!priced) {
            return band.limited() ? CheckVerdict.pass() : CheckVerdict.reject("orders.check.price.marketUnlimited");
        }
        if (price == null) {
            return CheckVerdict.reject(type.market() ? "orders.check.price.protectionRequired"
                    : "orders.check.price.required");
        }
        if (price.signum() <= 0) {
            return CheckVerdict.reject("orders.check.price.positive");
        }
        if (!instrument.onTick(price)) {
            return CheckVerdict.reject("orders.check.price.tick", price, instrument.tickSize().stripTrailingZeros());
        }
        if (!band.admits(price)) {
            return CheckVerdict.reject("orders.check.price.band", price, band.lower(), band.upper());
        }
        return CheckVerdict.pass();
    }
}
