package org.opencounter.orders.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencounter.market.Board;
import org.opencounter.market.Exchange;
import org.opencounter.market.Instrument;
import org.opencounter.market.SecurityType;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

class OrderSizeRulesTest {

    static Instrument stock(Exchange exchange, Board board) {
        return new Instrument("600036", "招商银行", "ZSYH", exchange, board, SecurityType.STOCK, 100,
                new BigDecimal("0.01"), false, false, LocalDate.of(2002, 4, 9), false);
    }

    private static final Instrument MAIN = stock(Exchange.SSE, Board.MAIN);
    private static final Instrument STAR = stock(Exchange.SSE, Board.STAR);
    private static final Instrument BSE = stock(Exchange.BSE, Board.BSE);
    private static final Instrument CHINEXT = stock(Exchange.SZSE, Board.CHINEXT);

    private static CheckVerdict limit(Instrument instrument, Side side, long quantity, long sellable) {
        return OrderSizeRules.check(instrument, side, OrderType.LIMIT, quantity, sellable);
    }

    @Test
    void mainBoardBuysGoInLotsOfOneHundred() {
        assertThat(limit(MAIN, Side.BUY, 100, 0).passed()).isTrue();
        assertThat(limit(MAIN, Side.BUY, 99, 0).reasonKey()).isEqualTo("orders.check.quantity.boardLot");
        assertThat(limit(MAIN, Side.BUY, 101, 0).reasonKey()).isEqualTo("orders.check.quantity.boardLot");
        assertThat(limit(MAIN, Side.BUY, 250, 0).passed()).isFalse();
    }

    @Test
    void anOddLotIsSoldInOneOrder() {
        assertThat(limit(MAIN, Side.SELL, 100, 150).passed()).isTrue();
        assertThat(limit(MAIN, Side.SELL, 50, 150).passed()).isTrue();
        assertThat(limit(MAIN, Side.SELL, 150, 150).passed()).isTrue();
        assertThat(limit(MAIN, Side.SELL, 120, 150).reasonKey()).isEqualTo("orders.check.quantity.oddLot");
        assertThat(limit(MAIN, Side.SELL, 30, 150).reasonKey()).isEqualTo("orders.check.quantity.oddLot");
    }

    @Test
    void starBuysAreAtLeastTwoHundredThenAnyNumber() {
        assertThat(limit(STAR, Side.BUY, 200, 0).passed()).isTrue();
        assertThat(limit(STAR, Side.BUY, 201, 0).passed()).isTrue();
        assertThat(limit(STAR, Side.BUY, 199, 0).reasonKey()).isEqualTo("orders.check.quantity.minimum");
    }

    @Test
    void aStarHoldingUnderTwoHundredIsSoldWhole() {
        assertThat(limit(STAR, Side.SELL, 150, 150).passed()).isTrue();
        assertThat(limit(STAR, Side.SELL, 149, 150).reasonKey()).isEqualTo("orders.check.quantity.sellRemainder");
    }

    @Test
    void bseOrdersAreAtLeastOneHundredThenAnyNumber() {
        assertThat(limit(BSE, Side.BUY, 100, 0).passed()).isTrue();
        assertThat(limit(BSE, Side.BUY, 101, 0).passed()).isTrue();
        assertThat(limit(BSE, Side.BUY, 99, 0).passed()).isFalse();
    }

    @Test
    void eachBoardCapsTheSharesPerOrder() {
        assertThat(limit(MAIN, Side.BUY, 1_000_000, 0).passed()).isTrue();
        assertThat(limit(MAIN, Side.BUY, 1_000_100, 0).reasonKey()).isEqualTo("orders.check.quantity.maximum");
        assertThat(OrderSizeRules.check(MAIN, Side.BUY, OrderType.BEST_FIVE_CANCEL, 500_100, 0).passed()).isFalse();
        assertThat(limit(STAR, Side.BUY, 100_000, 0).passed()).isTrue();
        assertThat(limit(STAR, Side.BUY, 100_001, 0).passed()).isFalse();
        assertThat(limit(CHINEXT, Side.BUY, 300_000, 0).passed()).isTrue();
        assertThat(limit(CHINEXT, Side.BUY, 300_100, 0).passed()).isFalse();
    }
}
