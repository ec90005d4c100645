package org.opencounter.orders.statement;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a statement covers. A daily statement covers its trading day and the calendar days since the previous one,
 * so a bank transfer made on a weekend shows on Monday's statement; a monthly one covers the month up to its last
 * settled day.
 *
 * @param from the first business day whose cash movements count
 * @param to the last day whose cash movements and trades count; its positions are those at its close
 */
public record StatementPeriod(Kind kind, LocalDate from, LocalDate to, YearMonth month) {

    public enum Kind {
        DAILY, MONTHLY
    }

    static StatementPeriod day(LocalDate previousTradingDay, LocalDate day) {
        return new StatementPeriod(Kind.DAILY, previousTradingDay.plusDays(1), day, YearMonth.from(day));
    }

    static StatementPeriod month(YearMonth month, LocalDate to) {
        return new StatementPeriod(Kind.MONTHLY, month.atDay(1), to, month);
    }

    public boolean daily() {
        return kind == Kind.DAILY;
    }

    /** Whether a monthly statement stops before the month's end because later days have not settled. */
    public boolean partial() {
        return kind == Kind.MONTHLY && to.isBefore(month.atEndOfMonth());
    }

    /** A name for the statement's file, e.g. statement-310000012345-2026-11-25.pdf. */
    public String fileName(String fundAccountNumber) {
        return "statement-" + fundAccountNumber + "-" + (daily() ? to.toString() : month.toString()) + ".pdf";
    }
}
