package org.opencounter.market.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.opencounter.market.OutsideCalendar;
import org.opencounter.market.PriceBand;
import org.opencounter.market.PriceLimits;
import org.opencounter.market.Quote;
import org.opencounter.market.TradingCalendar;
import org.opencounter.market.security.Security;
import org.opencounter.market.security.SecurityRepository;
import org.opencounter.platform.DemoModeSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves latest prices a little every few seconds during trading sessions, inside each day's limit band, so that
 * dashboards and margin monitoring have something to react to. On in demo mode, off otherwise
 * ({@code opencounter.market.simulated-feed}). Quotes it writes are flagged as simulated.
 */
@Component
class SimulatedPriceFeed {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPriceFeed.class);

    private final PriceHistory prices;
    private final PriceLimits limits;
    private final SecurityRepository securities;
    private final TradingCalendar calendar;
    private final Clock clock;
    private final boolean enabled;
    private final Random random = new Random();

    SimulatedPriceFeed(PriceHistory prices, PriceLimits limits, SecurityRepository securities,
                       TradingCalendar calendar, Clock clock, Environment environment) {
        this.prices = prices;
        this.limits = limits;
        this.securities = securities;
        this.calendar = calendar;
        this.clock = clock;
        this.enabled = environment.getProperty("opencounter.market.simulated-feed", Boolean.class,
                DemoModeSwitch.isOn(environment));
    }

    @Scheduled(fixedDelayString = "${opencounter.market.feed-interval:PT5S}", initialDelayString = "PT10S")
    @SchedulerLock(name = "market.simulated-feed", lockAtMostFor = "PT1M")
    @Transactional
    public void tick() {
        if (!enabled || !marketOpen()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = calendar.today();
        Map<String, Security> byCode = securities.findAll().stream()
                .collect(Collectors.toMap(Security::getCode, Function.identity()));
        List<Quote> moved = new ArrayList<>();
        for (Quote quote : prices.quotes()) {
            Security security = byCode.get(quote.code());
            if (security == null || security.isSuspended()) {
                continue;
            }
            BigDecimal prevClose = quote.previousCloseOn(today);
            PriceBand band = limits.bandOn(quote.code(), prevClose, today);
            moved.add(move(quote, prevClose, band, security.priceScale(), now));
        }
        prices.saveQuotes(moved);
        log.debug("Simulated feed moved {} quotes", moved.size());
    }

    /** A small random step, rounded to the price scale and kept inside the day's band. */
    Quote move(Quote quote, BigDecimal prevClose, PriceBand band, int scale, Instant now) {
        BigDecimal step = BigDecimal.valueOf(1 + random.nextGaussian() * 0.0015);
        BigDecimal price = band.clamp(quote.price().multiply(step).setScale(scale, RoundingMode.HALF_UP));
        return new Quote(quote.code(), price, prevClose, now, true);
    }

    private boolean marketOpen() {
        try {
            return calendar.isMarketOpenNow();
        } catch (OutsideCalendar outside) {
            return false;
        }
    }
}
