package org.opencounter.orders.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.market.PriceBand;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

class OrderBookTest {

    private static final BigDecimal TICK = new BigDecimal("0.01");
    private static final PriceBand BAND = PriceBand.of(new BigDecimal("10.00"), new BigDecimal("0.10"), TICK);

    /** Around 10.00 with 1,000 shares a level: asks 10.00, 10.01, ... bids 9.99, 9.98, ... */
    private static SimulatedLiquidity around(String latest) {
        return SimulatedLiquidity.around(new BigDecimal(latest), TICK, BAND, 5, new BigDecimal("10000"), 100);
    }

    private final OrderBook book = new OrderBook();

    private OrderBook.Outcome send(String id, Side side, OrderType type, long quantity, String price) {
        return book.execute(new OrderBook.Incoming(id, side, type, quantity, price == null ? null : new BigDecimal(price)),
                around("10.00"));
    }

    @Test
    void aBuyAtTheLatestPriceFillsAgainstTheFirstLevel() {
        OrderBook.Outcome outcome = send("b1", Side.BUY, OrderType.LIMIT, 500, "10.00");
        assertThat(outcome.fills()).containsExactly(new OrderBook.Fill("b1", 500, new BigDecimal("10.00")));
        assertThat(outcome.resting()).isZero();
    }

    @Test
    void aLargerBuyFillsInPartsAndRestsTheRemainder() {
        OrderBook.Outcome outcome = send("b1", Side.BUY, OrderType.LIMIT, 2500, "10.01");
        assertThat(outcome.fills()).extracting(OrderBook.Fill::quantity).containsExactly(1000L, 1000L);
        assertThat(outcome.resting()).isEqualTo(500);
        assertThat(book.restingCount()).isEqualTo(1);
    }

    @Test
    void aBuyBelowTheMarketRestsUntilThePriceComesDown() {
        assertThat(send("b1", Side.BUY, OrderType.LIMIT, 300, "9.95").fills()).isEmpty();
        assertThat(book.sweep(around("10.00"))).isEmpty();
        List<OrderBook.Fill> fills = book.sweep(around("9.95"));
        assertThat(fills).containsExactly(new OrderBook.Fill("b1", 300, new BigDecimal("9.95")));
        assertThat(book.restingCount()).isZero();
    }

    @Test
    void clientOrdersCrossAtTheRestingPriceBeforeLiquidityAtTheSamePrice() {
        send("s1", Side.SELL, OrderType.LIMIT, 200, "10.00");
        OrderBook.Outcome outcome = send("b1", Side.BUY, OrderType.LIMIT, 200, "10.00");
        assertThat(outcome.fills()).containsExactly(new OrderBook.Fill("b1", 200, new BigDecimal("10.00")),
                new OrderBook.Fill("s1", 200, new BigDecimal("10.00")));
    }

    @Test
    void immediateOrCancelCancelsWhatDoesNotFill() {
        OrderBook.Outcome outcome = send("b1", Side.BUY, OrderType.BEST_FIVE_CANCEL, 6000, null);
        assertThat(outcome.fills()).hasSize(5);
        assertThat(outcome.canceled()).isEqualTo(1000);
        assertThat(book.restingCount()).isZero();
    }

    @Test
    void fillOrKillFillsNothingUnlessItFillsAll() {
        OrderBook.Outcome outcome = send("b1", Side.BUY, OrderType.FILL_OR_KILL, 1_000_000, null);
        assertThat(outcome.fills()).isEmpty();
        assertThat(outcome.canceled()).isEqualTo(1_000_000);
    }

    @Test
    void liquidityTakenOnceIsNotTakenAgainAtTheSamePrice() {
        send("b1", Side.BUY, OrderType.LIMIT, 1000, "10.00");
        OrderBook.Outcome second = send("b2", Side.BUY, OrderType.LIMIT, 100, "10.00");
        assertThat(second.fills()).isEmpty();
        assertThat(second.resting()).isEqualTo(100);
    }

    @Test
    void aCanceledOrderLeavesTheBook() {
        send("b1", Side.BUY, OrderType.LIMIT, 300, "9.90");
        assertThat(book.cancel("b1")).isEqualTo(300);
        assertThat(book.cancel("b1")).isZero();
    }
}
