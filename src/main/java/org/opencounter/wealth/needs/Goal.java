package org.opencounter.wealth.needs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/** One of a client's investment goals. */
public record Goal(long id, long clientId, GoalKind kind, BigDecimal targetAmount, LocalDate targetDate,
                   GoalPriority priority, String note, GoalStatus status, String updatedBy) {

    /** Whole years from the day to the target date; 0 once it has come. */
    public int yearsLeft(LocalDate today) {
        return today.isAfter(targetDate) ? 0 : Period.between(today, targetDate).getYears();
    }
}
