package org.opencounter.compliance.aml;

import java.math.BigDecimal;
import java.util.Set;

/** One fact that fired an alert, with how a person reads it: money, a count, a translated word, or as it is. */
public record AlertFact(String key, Object value, Kind kind) {

    public enum Kind {
        MONEY, COUNT, WORD, PLAIN
    }

    private static final Set<String> COUNTS = Set.of("transfers", "days", "idleDays");
    private static final Set<String> WORDS = Set.of("direction", "clientKind");

    static AlertFact of(String key, Object value) {
        Kind kind = COUNTS.contains(key) ? Kind.COUNT
                : WORDS.contains(key) ? Kind.WORD
                : value instanceof Number ? Kind.MONEY : Kind.PLAIN;
        return new AlertFact(key, value, kind);
    }

    public BigDecimal number() {
        return new BigDecimal(value.toString());
    }
}
