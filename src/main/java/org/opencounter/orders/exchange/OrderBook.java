package org.opencounter.orders.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;

/**
 * One security's continuous limit order book with price-time priority. An incoming order trades first with the
 * best-priced opposite interest: resting client orders and the simulated liquidity around the latest price (at an
 * equal price the resting order, being earlier, goes first); each trade is at the resting side's price. What remains
 * rests, or is canceled, as its order type says. Used from one thread only.
 */
final class OrderBook {

    /** A price level of simulated liquidity. */
    record Level(BigDecimal price, long quantity) {
    }

    /** An order arriving at the book; {@code price} is the limit, or a market order's protection price, or null. */
    record Incoming(String clientOrderId, Side side, OrderType type, long quantity, BigDecimal price) {
    }

    /** One side's share of a trade; a cross between two client orders gives two. */
    record Fill(String clientOrderId, long quantity, BigDecimal price) {
    }

    /** What became of an incoming order: its trades, what rests, what was canceled. */
    record Outcome(List<Fill> fills, long resting, long canceled) {
    }

    private record Resting(String clientOrderId, Side side, BigDecimal price, long sequence, long[] leaves) {
    }

    private record Candidate(BigDecimal price, Resting resting, long available) {
    }

    private static final int FIVE_LEVELS = 5;

    private final List<Resting> bids = new ArrayList<>();
    private final List<Resting> asks = new ArrayList<>();
    private final Map<String, Resting> byId = new HashMap<>();
    private final Map<BigDecimal, Long> syntheticTaken = new HashMap<>();
    private BigDecimal reference;
    private long sequence;

    Outcome execute(Incoming order, SimulatedLiquidity liquidity) {
        refresh(liquidity);
        List<Candidate> opposite = opposite(order.side(), liquidity);
        BigDecimal limit = effectiveLimit(order, liquidity);
        if (limit == null && (order.type() == OrderType.COUNTERPARTY_BEST || order.type() == OrderType.OWN_BEST)) {
            return new Outcome(List.of(), 0, order.quantity());
        }
        int levelCap = order.type() == OrderType.BEST_FIVE_CANCEL || order.type() == OrderType.BEST_FIVE_LIMIT
                ? FIVE_LEVELS : Integer.MAX_VALUE;
        if (order.type() == OrderType.FILL_OR_KILL && fillable(order.side(), opposite, limit) < order.quantity()) {
            return new Outcome(List.of(), 0, order.quantity());
        }
        List<Fill> fills = new ArrayList<>();
        long remaining = match(order.clientOrderId(), order.side(), order.quantity(), limit, levelCap, opposite, fills);
        if (remaining == 0) {
            return new Outcome(fills, 0, 0);
        }
        BigDecimal restAt = switch (order.type()) {
            case LIMIT, COUNTERPARTY_BEST, OWN_BEST -> limit;
            case BEST_FIVE_LIMIT -> fills.isEmpty() ? null : fills.get(fills.size() - 1).price();
            default -> null;
        };
        if (restAt == null) {
            return new Outcome(fills, 0, remaining);
        }
        rest(order.clientOrderId(), order.side(), restAt, remaining);
        return new Outcome(fills, remaining, 0);
    }

    /** Resting orders trade again with the simulated liquidity, once the latest price has moved. */
    List<Fill> sweep(SimulatedLiquidity liquidity) {
        if (liquidity.reference().equals(reference)) {
            return List.of();
        }
        refresh(liquidity);
        List<Fill> fills = new ArrayList<>();
        for (List<Resting> side : List.of(bids, asks)) {
            for (Resting resting : List.copyOf(side)) {
                List<Candidate> synthetic = synthetic(resting.side(), liquidity);
                long left = match(resting.clientOrderId(), resting.side(), resting.leaves()[0], resting.price(),
                        Integer.MAX_VALUE, synthetic, fills);
                resting.leaves()[0] = left;
                if (left == 0) {
                    remove(resting);
                }
            }
        }
        return fills;
    }

    /** Takes a resting order off the book; answers the shares it still had, or 0 when it was not resting. */
    long cancel(String clientOrderId) {
        Resting resting = byId.get(clientOrderId);
        if (resting == null) {
            return 0;
        }
        remove(resting);
        return resting.leaves()[0];
    }

    private long match(String clientOrderId, Side side, long quantity, BigDecimal limit, int levelCap,
                       List<Candidate> opposite, List<Fill> fills) {
        long remaining = quantity;
        int levels = 0;
        BigDecimal lastPrice = null;
        for (Candidate candidate : opposite) {
            if (remaining == 0 || (limit != null && worse(side, candidate.price(), limit))) {
                break;
            }
            if (!candidate.price().equals(lastPrice)) {
                if (++levels > levelCap) {
                    break;
                }
                lastPrice = candidate.price();
            }
            long take = Math.min(remaining, available(candidate));
            if (take == 0) {
                continue;
            }
            remaining -= take;
            fills.add(new Fill(clientOrderId, take, candidate.price()));
            if (candidate.resting() != null) {
                Resting resting = candidate.resting();
                resting.leaves()[0] -= take;
                fills.add(new Fill(resting.clientOrderId(), take, candidate.price()));
                if (resting.leaves()[0] == 0) {
                    remove(resting);
                }
            } else {
                syntheticTaken.merge(candidate.price(), take, Long::sum);
            }
        }
        return remaining;
    }

    private long fillable(Side side, List<Candidate> opposite, BigDecimal limit) {
        return opposite.stream().filter(c -> limit == null || !worse(side, c.price(), limit))
                .mapToLong(this::available).sum();
    }

    private long available(Candidate candidate) {
        if (candidate.resting() != null) {
            return candidate.resting().leaves()[0];
        }
        return Math.max(0, candidate.available() - syntheticTaken.getOrDefault(candidate.price(), 0L));
    }

    /** The price limit the order trades within: its own, the best opposite or own price, capped by protection. */
    private BigDecimal effectiveLimit(Incoming order, SimulatedLiquidity liquidity) {
        BigDecimal limit = switch (order.type()) {
            case COUNTERPARTY_BEST -> best(opposite(order.side(), liquidity));
            case OWN_BEST -> best(own(order.side(), liquidity));
            default -> order.price();
        };
        if (limit != null && order.type().market() && order.price() != null && worse(order.side(), limit, order.price())) {
            limit = order.price();
        }
        return limit;
    }

    private static BigDecimal best(List<Candidate> candidates) {
        return candidates.isEmpty() ? null : candidates.get(0).price();
    }

    private List<Candidate> opposite(Side side, SimulatedLiquidity liquidity) {
        List<Candidate> candidates = new ArrayList<>();
        for (Resting resting : side == Side.BUY ? asks : bids) {
            candidates.add(new Candidate(resting.price(), resting, 0));
        }
        candidates.addAll(synthetic(side, liquidity));
        candidates.sort(priority(side == Side.BUY ? Side.SELL : Side.BUY));
        return candidates;
    }

    private List<Candidate> own(Side side, SimulatedLiquidity liquidity) {
        List<Candidate> candidates = new ArrayList<>();
        for (Resting resting : side == Side.BUY ? bids : asks) {
            candidates.add(new Candidate(resting.price(), resting, 0));
        }
        for (Level level : side == Side.BUY ? liquidity.bids() : liquidity.asks()) {
            candidates.add(new Candidate(level.price(), null, level.quantity()));
        }
        candidates.sort(priority(side));
        return candidates;
    }

    private List<Candidate> synthetic(Side side, SimulatedLiquidity liquidity) {
        List<Candidate> candidates = new ArrayList<>();
        for (Level level : side == Side.BUY ? liquidity.asks() : liquidity.bids()) {
            if (level.quantity() > syntheticTaken.getOrDefault(level.price(), 0L)) {
                candidates.add(new Candidate(level.price(), null, level.quantity()));
            }
        }
        candidates.sort(priority(side == Side.BUY ? Side.SELL : Side.BUY));
        return candidates;
    }

    /** Best price first (lowest ask, highest bid); at one price, resting client orders by time, then liquidity. */
    private static Comparator<Candidate> priority(Side bookSide) {
        Comparator<Candidate> byPrice = Comparator.comparing(Candidate::price);
        if (bookSide == Side.BUY) {
            byPrice = byPrice.reversed();
        }
        return byPrice.thenComparing(c -> c.resting() == null ? Long.MAX_VALUE : c.resting().sequence());
    }

    /** Whether a price is beyond the limit for this side: above it for a buy, below it for a sell. */
    private static boolean worse(Side side, BigDecimal price, BigDecimal limit) {
        return side == Side.BUY ? price.compareTo(limit) > 0 : price.compareTo(limit) < 0;
    }

    private void refresh(SimulatedLiquidity liquidity) {
        if (!liquidity.reference().equals(reference)) {
            reference = liquidity.reference();
            syntheticTaken.clear();
        }
    }

    private void rest(String clientOrderId, Side side, BigDecimal price, long leaves) {
        Resting resting = new Resting(clientOrderId, side, price, ++sequence, new long[] {leaves});
        List<Resting> book = side == Side.BUY ? bids : asks;
        book.add(resting);
        Comparator<Resting> byPrice = Comparator.comparing(Resting::price);
        book.sort((side == Side.BUY ? byPrice.reversed() : byPrice).thenComparingLong(Resting::sequence));
        byId.put(clientOrderId, resting);
    }

    private void remove(Resting resting) {
        (resting.side() == Side.BUY ? bids : asks).remove(resting);
        byId.remove(resting.clientOrderId());
    }

    /** How many orders rest on the book. */
    int restingCount() {
        return byId.size();
    }
}
