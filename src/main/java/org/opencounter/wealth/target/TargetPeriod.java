package org.opencounter.wealth.target;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The month (2026-12) or quarter (2026-Q4) a target is set for, from its first to its last calendar day. */
public record TargetPeriod(LocalDate start, LocalDate end) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static TargetPeriod monthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return new TargetPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** A month written 2026-12 or a quarter written 2026-Q4; null for anything else. */
    public static TargetPeriod parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher quarter = QUARTER.matcher(trimmed);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)),
                    (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
            return new TargetPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if (!trimmed.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            return monthOf(YearMonth.parse(trimmed).atDay(1));
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }

    public boolean quarter() {
        return !start.plusMonths(1).isAfter(end);
    }

    /** As written: 2026-12 for a month, 2026-Q4 for a quarter. */
    public String label() {
        return quarter() ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
                : YearMonth.from(start).toString();
    }

    public boolean overlaps(TargetPeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
