package org.opencounter.orders.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencounter.orders.exchange.ExchangeTrade;

/**
 * Matches the exchange's trades with the booked ones by execution id, the key both sides share: a trade on one side
 * only is missing or extra; a trade on both must agree on order, security and side, then on quantity and price.
 */
final class TradeMatching {

    private TradeMatching() {
    }

    static Reconciliation match(LocalDate tradeDate, List<ExchangeTrade> exchange, List<BookedTrade> booked) {
        List<TradeBreak> breaks = new ArrayList<>();
        Map<String, ExchangeTrade> made = new LinkedHashMap<>();
        for (ExchangeTrade trade : exchange) {
            if (made.putIfAbsent(trade.execId(), trade) != null) {
                breaks.add(new TradeBreak(TradeBreak.Kind.DUPLICATE, trade.execId(), trade.clientOrderId(),
                        trade.code(), trade.side(), trade.quantity(), null, trade.price(), null));
            }
        }
        Map<String, BookedTrade> books = booked.stream()
                .collect(Collectors.toMap(BookedTrade::execId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        int matched = 0;
        for (ExchangeTrade trade : made.values()) {
            BookedTrade book = books.get(trade.execId());
            TradeBreak.Kind kind = book == null ? TradeBreak.Kind.MISSING : difference(trade, book);
            if (kind == null) {
                matched++;
            } else {
                breaks.add(new TradeBreak(kind, trade.execId(), trade.clientOrderId(), trade.code(), trade.side(),
                        trade.quantity(), book == null ? null : book.quantity(), trade.price(),
                        book == null ? null : book.price()));
            }
        }
        books.values().stream().filter(book -> !made.containsKey(book.execId()))
                .map(book -> new TradeBreak(TradeBreak.Kind.EXTRA, book.execId(), book.clientOrderId(), book.code(),
                        book.side(), null, book.quantity(), null, book.price()))
                .forEach(breaks::add);
        return new Reconciliation(tradeDate, exchange.size(), booked.size(), matched, List.copyOf(breaks));
    }

    /** What differs between the two records of one trade, or null when they agree. */
    private static TradeBreak.Kind difference(ExchangeTrade trade, BookedTrade book) {
        if (!Objects.equals(trade.clientOrderId(), book.clientOrderId()) || !trade.code().equals(book.code())
                || trade.side() != book.side()) {
            return TradeBreak.Kind.MISMATCH;
        }
        if (trade.quantity() != book.quantity()) {
            return TradeBreak.Kind.QUANTITY;
        }
        if (trade.price().compareTo(book.price()) != 0) {
            return TradeBreak.Kind.PRICE;
        }
        return null;
    }
}
