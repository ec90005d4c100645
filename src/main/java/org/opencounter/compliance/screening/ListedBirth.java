package org.opencounter.compliance.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A listed person's birth as lists give it: a full date, or only the year when that is all that is known.
 *
 * @param day null when only the year is listed
 */
public record ListedBirth(int year, LocalDate day) {

    /** A birth written YYYY or YYYY-MM-DD; empty for anything else. */
    public static Optional<ListedBirth> parse(String written) {
        String value = written == null ? "" : written.strip();
        try {
            if (value.matches("\\d{4}")) {
                return Optional.of(new ListedBirth(Integer.parseInt(value), null));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return Optional.of(new ListedBirth(day.getYear(), day));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The client's birth date is this one: the same day, or the same year when only the year is listed. */
    public boolean matches(LocalDate birthDate) {
        return day != null ? day.equals(birthDate) : birthDate.getYear() == year;
    }

    @Override
    public String toString() {
        return day != null ? day.toString() : String.valueOf(year);
    }
}
