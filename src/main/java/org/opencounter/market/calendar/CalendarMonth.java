package org.opencounter.market.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A month laid out in weeks (Monday first) for the calendar page; days outside the month are null. */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks, int tradingDays) {

    /** One day cell. {@code trading} is null where the calendar has no data. */
    public record Day(LocalDate date, Boolean trading, String note) {
    }

    static CalendarMonth of(YearMonth month, Map<LocalDate, Day> known) {
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        int lead = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < lead; i++) {
            week.add(null);
        }
        int trading = 0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate date = month.atDay(d);
            Day day = known.getOrDefault(date, new Day(date, null, null));
            if (Boolean.TRUE.equals(day.trading())) {
                trading++;
            }
            week.add(day);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new CalendarMonth(month, weeks, trading);
    }
}
