package org.opencounter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in tests: the system clock until a test sets a moment (a trading day's session, a date),
 * and again after it resets.
 */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant fixed;

    private TestClock() {
    }

    public void set(Instant moment) {
        fixed = moment;
    }

    /** Shanghai local time on a day, e.g. {@code at("2026-11-25T10:00")}. */
    public void setShanghai(String localDateTime) {
        set(java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(SHANGHAI) ? this : Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment != null ? moment : Instant.now();
    }
}
