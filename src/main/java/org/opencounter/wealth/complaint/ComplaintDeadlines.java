package org.opencounter.wealth.complaint;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The deadlines of a complaint (house rules, in line with financial consumer-protection practice): acknowledge it
 * within 1 working day, that is by the end of the first working day after the day it came in; answer within 15 days
 * of receipt, extendable once by 15 days for a complex case with notice to the client; call the client back for
 * their satisfaction within 7 days after closing. A deadline is met on its day and missed from the next.
 */
public final class ComplaintDeadlines {

    public static final int ANSWER_DAYS = 15;
    public static final int EXTENSION_DAYS = 15;
    public static final int CALLBACK_DAYS = 7;

    private ComplaintDeadlines() {
    }

    /** The last day to acknowledge: the first working day after the day of receipt. */
    public static LocalDate acknowledgeBy(LocalDate received, UnaryOperator<LocalDate> nextWorkingDay) {
        return nextWorkingDay.apply(received);
    }

    /** The last day to answer: 15 days after receipt, or 30 once extended. */
    public static LocalDate answerBy(LocalDate received, boolean extended) {
        return received.plusDays(ANSWER_DAYS + (extended ? EXTENSION_DAYS : 0));
    }

    /** The last day to call the client back: 7 days after closing. */
    public static LocalDate callbackBy(LocalDate closed) {
        return closed.plusDays(CALLBACK_DAYS);
    }

    /** Whether a deadline has passed on the given day without the step being done. */
    public static boolean overdue(LocalDate deadline, boolean done, LocalDate today) {
        return !done && deadline != null && today.isAfter(deadline);
    }
}
