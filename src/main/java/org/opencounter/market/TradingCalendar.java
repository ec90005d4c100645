package org.opencounter.market;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Trading days, T+n and the session phase now; dates outside the shipped calendar are refused, never guessed. */
@Service
@Transactional(readOnly = true)
public class TradingCalendar {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * Whether each day trades, read at most once a minute per instance: every order asks. A change through the
     * calendar page is seen here at once, and by other instances within the minute.
     */
    private final Cache<LocalDate, Boolean> tradingDays = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();
    private final JdbcClient jdbc;
    private final Clock clock;

    TradingCalendar(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today's date in Shanghai, trading or not. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    public boolean isTradingDay(LocalDate day) {
        Boolean trading = tradingDays.get(day, key -> jdbc.sql("select trading from market_calendar_day where day = ?")
                .param(Date.valueOf(key)).query(Boolean.class).optional().orElse(null));
        if (trading == null) {
            throw new OutsideCalendar(day);
        }
        return trading;
    }

    /** Forgets what was read about the day, once the transaction changing it has committed (or now, outside one). */
    public void dayChanged(LocalDate day) {
        tradingDays.invalidate(day);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    tradingDays.invalidate(day);
                }
            });
        }
    }

    /** The first trading day after the given day. */
    public LocalDate next(LocalDate day) {
        return plusTradingDays(day, 1);
    }

    /** The last trading day before the given day. */
    public LocalDate previous(LocalDate day) {
        requireCovered(day);
        return jdbc.sql("select max(day) from market_calendar_day where day < ? and trading")
                .param(Date.valueOf(day)).query(Date.class).optional().map(Date::toLocalDate)
                .orElseThrow(() -> new OutsideCalendar(day.minusDays(1)));
    }

    /**
     * The n trading days before the given day, oldest first; fewer when the calendar starts within them (days the
     * firm did not yet trade count as no days).
     */
    public List<LocalDate> tradingDaysBefore(LocalDate day, int n) {
        requireCovered(day);
        List<LocalDate> days = new ArrayList<>(jdbc.sql(
                        "select day from market_calendar_day where day < ? and trading order by day desc limit ?")
                .params(Date.valueOf(day), n).query(Date.class).list().stream().map(Date::toLocalDate).toList());
        Collections.reverse(days);
        return days;
    }

    /** The given day when it trades, otherwise the last trading day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        return isTradingDay(day) ? day : previous(day);
    }

    /** T+n: the n-th trading day after the given day (n ≥ 1); T+0 is the day itself. */
    public LocalDate plusTradingDays(LocalDate day, int n) {
        requireCovered(day);
        if (n == 0) {
            return day;
        }
        return jdbc.sql("select day from market_calendar_day where day > ? and trading order by day offset ? limit 1")
                .params(Date.valueOf(day), n - 1).query(Date.class).optional().map(Date::toLocalDate)
                .orElseThrow(() -> new OutsideCalendar(day.plusDays(n)));
    }

    /** The phase of trading at a moment: CLOSED on non-trading days. */
    public MarketPhase phaseAt(Instant moment) {
        ZonedDateTime local = moment.atZone(SHANGHAI);
        if (!isTradingDay(local.toLocalDate())) {
            return MarketPhase.CLOSED;
        }
        return MarketPhase.at(local.toLocalTime());
    }

    public MarketPhase phaseNow() {
        return phaseAt(clock.instant());
    }

    /** Whether prices are moving right now (auctions or continuous trading). */
    public boolean isMarketOpenNow() {
        return phaseNow().pricesMove();
    }

    private void requireCovered(LocalDate day) {
        isTradingDay(day);
    }
}
