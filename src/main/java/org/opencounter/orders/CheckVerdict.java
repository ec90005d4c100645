package org.opencounter.orders;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.opencounter.platform.DisplayFormat;

/**
 * What one pre-trade check says about an order: pass, reject, or pass only with a supervisor's approval. A reason
 * is a message key with the figures that caused it, kept as text so the order shows it as it was decided.
 */
public record CheckVerdict(Outcome outcome, String reasonKey, List<String> figures) {

    public enum Outcome {
        PASS, REJECT, NEEDS_APPROVAL
    }

    private static final DisplayFormat FORMAT = new DisplayFormat();
    private static final CheckVerdict PASS = new CheckVerdict(Outcome.PASS, null, List.of());

    public static CheckVerdict pass() {
        return PASS;
    }

    public static CheckVerdict reject(String reasonKey, Object... figures) {
        return new CheckVerdict(Outcome.REJECT, reasonKey, texts(figures));
    }

    public static CheckVerdict needsApproval(String reasonKey, Object... figures) {
        return new CheckVerdict(Outcome.NEEDS_APPROVAL, reasonKey, texts(figures));
    }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }

    /** Numbers keep their decimals and get thousands separators: 35209.15 → 35,209.15; 150 → 150. */
    private static List<String> texts(Object... figures) {
        return Arrays.stream(figures).map(CheckVerdict::text).toList();
    }

    private static String text(Object figure) {
        if (figure instanceof BigDecimal number) {
            return FORMAT.price(number, Math.max(number.scale(), 0));
        }
        if (figure instanceof Long || figure instanceof Integer) {
            return FORMAT.number(((Number) figure).longValue());
        }
        return String.valueOf(figure);
    }
}
