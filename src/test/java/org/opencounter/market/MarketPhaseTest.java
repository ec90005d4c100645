package org.opencounter.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketPhaseTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "09:14:59, PRE_OPEN", "09:15, OPENING_AUCTION", "09:19:59, OPENING_AUCTION",
            "09:20, OPENING_AUCTION_NO_CANCEL", "09:24:59, OPENING_AUCTION_NO_CANCEL", "09:25, PRE_CONTINUOUS",
            "09:29:59, PRE_CONTINUOUS", "09:30, CONTINUOUS", "11:29:59, CONTINUOUS", "11:30, LUNCH_BREAK",
            "12:59:59, LUNCH_BREAK", "13:00, CONTINUOUS", "14:56:59, CONTINUOUS", "14:57, CLOSING_AUCTION",
            "14:59:59, CLOSING_AUCTION", "15:00, AFTER_CLOSE", "15:05, AFTER_HOURS_FIXED_PRICE",
            "15:29:59, AFTER_HOURS_FIXED_PRICE", "15:30, AFTER_CLOSE"})
    void sessionBoundariesStartInclusiveAndEndExclusive(LocalTime time, MarketPhase phase) {
        assertThat(MarketPhase.at(time)).isEqualTo(phase);
    }
}
