package org.opencounter.wealth.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** Acknowledge within 1 working day, answer within 15 days (30 once extended), call back within 7 days of closing. */
class ComplaintDeadlinesTest {

    /** Working days: Monday to Friday, less the National Day holiday of 2026 (1–7 October). */
    static final UnaryOperator<LocalDate> NEXT_WORKING_DAY = day -> {
        Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"),
                LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07"));
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(next)) {
            next = next.plusDays(1);
        }
        return next;
    };

    @Test
    void aComplaintOnMondayIsAcknowledgedByTuesday() {
        assertThat(ComplaintDeadlines.acknowledgeBy(LocalDate.parse("2026-11-30"), NEXT_WORKING_DAY))
                .isEqualTo("2026-12-01");
    }

    @Test
    void aComplaintOnFridayOrTheWeekendIsAcknowledgedByMonday() {
        assertThat(ComplaintDeadlines.acknowledgeBy(LocalDate.parse("2026-12-04"), NEXT_WORKING_DAY))
                .isEqualTo("2026-12-07");
        assertThat(ComplaintDeadlines.acknowledgeBy(LocalDate.parse("2026-12-05"), NEXT_WORKING_DAY))
                .isEqualTo("2026-12-07");
    }

    @Test
    void theNationalDayHolidayIsNoWorkingDay() {
        assertThat(ComplaintDeadlines.acknowledgeBy(LocalDate.parse("2026-09-30"), NEXT_WORKING_DAY))
                .isEqualTo("2026-10-08");
    }

    @Test
    void theAnswerIsDueFifteenDaysAfterReceiptAndThirtyOnceExtended() {
        assertThat(ComplaintDeadlines.answerBy(LocalDate.parse("2026-11-30"), false)).isEqualTo("2026-12-15");
        assertThat(ComplaintDeadlines.answerBy(LocalDate.parse("2026-11-30"), true)).isEqualTo("2026-12-30");
    }

    @Test
    void theCallbackIsDueSevenDaysAfterClosing() {
        assertThat(ComplaintDeadlines.callbackBy(LocalDate.parse("2026-12-10"))).isEqualTo("2026-12-17");
    }

    @Test
    void aDeadlineIsMetOnItsDayAndMissedTheDayAfter() {
        LocalDate due = LocalDate.parse("2026-12-15");
        assertThat(ComplaintDeadlines.overdue(due, false, LocalDate.parse("2026-12-14"))).isFalse();
        assertThat(ComplaintDeadlines.overdue(due, false, due)).isFalse();
        assertThat(ComplaintDeadlines.overdue(due, false, LocalDate.parse("2026-12-16"))).isTrue();
        assertThat(ComplaintDeadlines.overdue(due, true, LocalDate.parse("2026-12-16"))).isFalse();
    }
}
