package org.opencounter.market.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.opencounter.market.PriceBand;
import org.opencounter.market.Quote;
import org.springframework.mock.env.MockEnvironment;

class SimulatedPriceFeedTest {

    private final SimulatedPriceFeed feed = new SimulatedPriceFeed(null, null, null, null, null,
            new MockEnvironment().withProperty("opencounter.market.simulated-feed", "false"));

    @Test
    void pricesStayInsideTheLimitBandAndOnTheTick() {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        Quote quote = new Quote("600036", new BigDecimal("39.80"), new BigDecimal("36.20"), now, true);
        PriceBand band = PriceBand.of(new BigDecimal("36.20"), new BigDecimal("0.10"), new BigDecimal("0.01"));
        for (int i = 0; i < 2_000; i++) {
            quote = feed.move(quote, quote.prevClose(), band, 2, now);
            assertThat(band.admits(quote.price())).isTrue();
            assertThat(quote.price().scale()).isEqualTo(2);
        }
    }

    @Test
    void aNewTradingDayTakesYesterdaysLastPriceAsPreviousClose() {
        Quote yesterday = new Quote("600036", new BigDecimal("37.00"), new BigDecimal("36.20"),
                Instant.parse("2026-11-23T07:00:00Z"), true);
        assertThat(yesterday.previousCloseOn(LocalDate.of(2026, 11, 24))).isEqualByComparingTo("37.00");
        assertThat(yesterday.previousCloseOn(LocalDate.of(2026, 11, 23))).isEqualByComparingTo("36.20");
    }
}
