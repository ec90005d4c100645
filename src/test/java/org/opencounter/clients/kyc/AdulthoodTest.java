package org.opencounter.clients.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AdulthoodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void eighteenthBirthdayTodayIsAdult() {
        assertThat(Adulthood.isAdultOn(LocalDate.of(2008, 11, 24), TODAY)).isTrue();
    }

    @Test
    void eighteenthBirthdayTomorrowIsMinor() {
        assertThat(Adulthood.isAdultOn(LocalDate.of(2008, 11, 25), TODAY)).isFalse();
    }

    @Test
    void eighteenthBirthdayYesterdayIsAdult() {
        assertThat(Adulthood.isAdultOn(LocalDate.of(2008, 11, 23), TODAY)).isTrue();
    }

    @Test
    void bornOnALeapDayIsAdultOnTheLastDayOfFebruary() {
        assertThat(Adulthood.isAdultOn(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isTrue();
    }
}
