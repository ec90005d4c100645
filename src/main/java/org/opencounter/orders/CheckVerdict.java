package org.opencounter.orders;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one pre-trade check says about an order: pass, reject, or pass only with a supervisor's approval. A reason
 * is a message key with the figures that caused it, kept as text so the order shows it as it was decided.
 */
public record CheckVerdict(Outcome outcome, String reasonKey, List<String> figures) {

    public enum Outcome {
        PASS, REJECT, NEEDS_APPROVAL
    }

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
            DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            int scale = Math.max(number.scale(), 0);
            format.setMinimumFractionDigits(scale);
            format.setMaximumFractionDigits(scale);
            return format.format(number);
        }
        if (figure instanceof Long || figure instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) figure).longValue());
        }
        return String.valueOf(figure);
    }
}
