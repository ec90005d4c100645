package org.opencounter.market;

import java.time.LocalDate;

/** A date the trading calendar does not cover, so whether the exchanges open is unknown. */
public class OutsideCalendar extends RuntimeException {

    private final LocalDate date;

    public OutsideCalendar(LocalDate date) {
        super("The trading calendar does not cover " + date);
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
