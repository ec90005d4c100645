package org.opencounter.orders.order;

import java.time.Clock;
import java.time.LocalDate;

import org.opencounter.market.MarketPhase;
import org.opencounter.market.OutsideCalendar;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.OrdersProperties;
import org.opencounter.platform.DemoModeSwitch;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The trade date orders are taken for and the session they meet: the exchanges' sessions, or, in the simulated
 * market of demo mode, continuous trading around the clock ({@code opencounter.orders.sessions}).
 */
@Component
public class TradingSession {

    private final TradingCalendar calendar;
    private final Clock clock;
    private final OrdersProperties.Sessions mode;

    TradingSession(TradingCalendar calendar, Clock clock, OrdersProperties properties, Environment environment) {
        this.calendar = calendar;
        this.clock = clock;
        this.mode = properties.sessions() != null ? properties.sessions()
                : DemoModeSwitch.isOn(environment) ? OrdersProperties.Sessions.ALWAYS_OPEN
                : OrdersProperties.Sessions.EXCHANGE;
    }

    public boolean alwaysOpen() {
        return mode == OrdersProperties.Sessions.ALWAYS_OPEN;
    }

    /** Today when it trades, otherwise the next trading day. */
    public LocalDate tradeDate() {
        LocalDate today = calendar.today();
        return calendar.isTradingDay(today) ? today : calendar.next(today);
    }

    public MarketPhase phase() {
        if (alwaysOpen()) {
            return MarketPhase.CONTINUOUS;
        }
        try {
            return calendar.phaseAt(clock.instant());
        } catch (OutsideCalendar outside) {
            return MarketPhase.CLOSED;
        }
    }
}
