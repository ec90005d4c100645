package org.opencounter.orders.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencounter.orders.Side;
import org.opencounter.orders.exchange.ExchangeTrade;

/** Each kind of break, and a clean day. */
class TradeMatchingTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void aDayWhoseTradesAgreeOneByOneIsClean() {
        Reconciliation result = TradeMatching.match(DAY, List.of(made("E1", 1000, "10.00"), made("E2", 200, "9.99")),
                List.of(booked("E2", 200, "9.9900"), booked("E1", 1000, "10.0000")));
        assertThat(result.clean()).isTrue();
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.exchangeTrades()).isEqualTo(2);
        assertThat(result.bookedTrades()).isEqualTo(2);
    }

    @Test
    void eachDifferenceIsItsOwnBreak() {
        Reconciliation result = TradeMatching.match(DAY,
                List.of(made("E1", 1000, "10.00"), made("E2", 200, "9.99"), made("E3", 300, "10.01"),
                        made("E4", 100, "10.00"), made("E4", 100, "10.00"), made("E6", 100, "10.00")),
                List.of(booked("E1", 1000, "10.00"), booked("E2", 100, "9.99"), booked("E3", 300, "10.02"),
                        booked("E5", 500, "10.00"), new BookedTrade("E6", "C-E6", "000001", Side.BUY, 100,
                                new BigDecimal("10.00"))));

        assertThat(result.matched()).isEqualTo(1);
        assertThat(result.breaks()).extracting(TradeBreak::kind, TradeBreak::execId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TradeBreak.Kind.DUPLICATE, "E4"),
                org.assertj.core.groups.Tuple.tuple(TradeBreak.Kind.QUANTITY, "E2"),
                org.assertj.core.groups.Tuple.tuple(TradeBreak.Kind.PRICE, "E3"),
                org.assertj.core.groups.Tuple.tuple(TradeBreak.Kind.MISSING, "E4"),
                org.assertj.core.groups.Tuple.tuple(TradeBreak.Kind.MISMATCH, "E6"),
                org.assertj.core.groups.Tuple.tuple(TradeBreak.Kind.EXTRA, "E5"));
        TradeBreak quantity = result.breaks().get(1);
        assertThat(quantity.exchangeQuantity()).isEqualTo(200);
        assertThat(quantity.bookedQuantity()).isEqualTo(100);
        TradeBreak extra = result.breaks().get(5);
        assertThat(extra.exchangeQuantity()).isNull();
        assertThat(extra.bookedPrice()).isEqualByComparingTo("10.00");
        assertThat(result.count(TradeBreak.Kind.MISSING)).isOne();
    }

    @Test
    void aPriceOneTickApartIsABreakAndTheSamePriceAtAnotherScaleIsNot() {
        assertThat(TradeMatching.match(DAY, List.of(made("E1", 100, "10.00")), List.of(booked("E1", 100, "10.0100")))
                .count(TradeBreak.Kind.PRICE)).isOne();
        assertThat(TradeMatching.match(DAY, List.of(made("E1", 100, "10.00")), List.of(booked("E1", 100, "10.0000")))
                .clean()).isTrue();
    }

    private static ExchangeTrade made(String execId, long quantity, String price) {
        return new ExchangeTrade(DAY, execId, "C-" + execId, "A380000001", "600036", Side.BUY, quantity,
                new BigDecimal(price), Instant.EPOCH);
    }

    private static BookedTrade booked(String execId, long quantity, String price) {
        return new BookedTrade(execId, "C-" + execId, "600036", Side.BUY, quantity, new BigDecimal(price));
    }
}
