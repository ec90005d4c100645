package org.opencounter.compliance.aml;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One fact that fired an alert, with how a person reads it: money, a count, a translated word, or as it is. */
public record AlertFact(String key, Object value, Kind kind) {

    public enum Kind {
        MONEY, COUNT, PERCENT, PRICE, WORD, PLAIN
    }

    private static final Set<String> COUNTS = Set.of("transfers", "days", "idleDays", "pairs", "quantity",
            "windowSeconds", "orders", "cancels", "shares", "totalShares", "changes", "mobileChanges",
            "addressChanges", "bankCardChanges");
    private static final Set<String> PERCENTS = Set.of("cancelRatio", "share", "ratio");
    private static final Set<String> PRICES = Set.of("limitPrice");
    private static final Set<String> WORDS = Set.of("direction", "clientKind", "level", "relation");
    /** The order a person reads the facts in: what and which way first, the figures, then the amounts. */
    private static final List<String> READING_ORDER = List.of("security", "counterpart", "relation", "direction",
            "level", "clientKind", "limitPrice", "orders", "cancels", "cancelRatio", "pairs", "windowSeconds", "shares",
            "totalShares", "ratio", "deadline", "changes", "mobileChanges", "addressChanges", "bankCardChanges",
            "transfers", "days", "first", "last", "from", "to", "in", "out", "turnover", "quantity",
            "total", "threshold", "lowerBound", "amount", "share", "previousActivity", "idleDays", "declaredIncome",
            "declaredAssets");

    /** The facts as a person reads them, those of no known place last. */
    static List<AlertFact> inReadingOrder(Map<String, Object> facts) {
        return facts.entrySet().stream().map(fact -> of(fact.getKey(), fact.getValue()))
                .sorted(Comparator.comparingInt(AlertFact::place)).toList();
    }

    private int place() {
        int place = READING_ORDER.indexOf(key);
        return place < 0 ? READING_ORDER.size() : place;
    }

    static AlertFact of(String key, Object value) {
        Kind kind = COUNTS.contains(key) ? Kind.COUNT
                : PERCENTS.contains(key) ? Kind.PERCENT
                : PRICES.contains(key) ? Kind.PRICE
                : WORDS.contains(key) ? Kind.WORD
                : value instanceof Number ? Kind.MONEY : Kind.PLAIN;
        return new AlertFact(key, value, kind);
    }

    public BigDecimal number() {
        return new BigDecimal(value.toString());
    }
}
