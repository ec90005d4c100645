package org.opencounter.wealth;

import java.util.List;

/**
 * One reason behind a suitability verdict: a message key and its figures. A figure starting with {@code #} is itself
 * a message key (a category's or horizon's name), translated where the reason is shown.
 */
public record VerdictReason(String key, List<String> figures) {

    public static VerdictReason of(String key, Object... figures) {
        return new VerdictReason(key, java.util.Arrays.stream(figures).map(String::valueOf).toList());
    }
}
