package org.opencounter.orders.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.opencounter.market.Board;
import org.opencounter.market.Exchange;
import org.opencounter.market.Instrument;
import org.opencounter.market.PriceBand;
import org.opencounter.orders.OrderType;

class OrderPriceRulesTest {

    private static final Instrument MAIN = OrderSizeRulesTest.stock(Exchange.SSE, Board.MAIN);
    private static final Instrument STAR = OrderSizeRulesTest.stock(Exchange.SSE, Board.STAR);
    /** Previous close 10.05 at ±10%: 9.05 to 11.06 (domain reference §2). */
    private static final PriceBand BAND = PriceBand.of(new BigDecimal("10.05"), new BigDecimal("0.10"),
            new BigDecimal("0.01"));

    private static String limit(String price) {
        return OrderPriceRules.check(MAIN, OrderType.LIMIT, new BigDecimal(price), BAND).reasonKey();
    }

    @Test
    void theLimitPricesThemselvesAreAccepted() {
        assertThat(limit("11.06")).isNull();
        assertThat(limit("9.05")).isNull();
    }

    @Test
    void oneTickOutsideTheBandIsRejected() {
        assertThat(limit("11.07")).isEqualTo("orders.check.price.band");
        assertThat(limit("9.04")).isEqualTo("orders.check.price.band");
    }

    @Test
    void pricesOffTheTickGridAreRejected() {
        assertThat(limit("10.005")).isEqualTo("orders.check.price.tick");
    }

    @Test
    void aLimitOrderNeedsAPrice() {
        assertThat(OrderPriceRules.check(MAIN, OrderType.LIMIT, null, BAND).reasonKey())
                .isEqualTo("orders.check.price.required");
    }

    @Test
    void starMarketOrdersNeedAProtectionPriceInsideTheBand() {
        assertThat(OrderPriceRules.check(STAR, OrderType.COUNTERPARTY_BEST, null, BAND).reasonKey())
                .isEqualTo("orders.check.price.protectionRequired");
        assertThat(OrderPriceRules.check(STAR, OrderType.COUNTERPARTY_BEST, new BigDecimal("11.00"), BAND).passed())
                .isTrue();
    }

    @Test
    void marketOrdersNeedABandToBeFrozenAgainst() {
        assertThat(OrderPriceRules.check(MAIN, OrderType.BEST_FIVE_CANCEL, null, BAND).passed()).isTrue();
        assertThat(OrderPriceRules.check(MAIN, OrderType.BEST_FIVE_CANCEL, null, PriceBand.UNLIMITED).reasonKey())
                .isEqualTo("orders.check.price.marketUnlimited");
    }
}
