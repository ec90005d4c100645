package org.opencounter.orders.order;

import java.time.Clock;
import java.time.LocalDate;

import org.opencounter.market.MarketPhase;
import org.opencounter.market.OutsideCalendar;
import org.opencounter.market.TradingCalendar;
import org.opencounter.orders.OrdersProperties;
import org.opencounter.platform.DemoModeSwitch;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    TradingSession(TradingCalendar calendar, Clock clock, OrdersProperties properties, Environment environment,
                   JdbcClient jdbc) {
        this.calendar = calendar;
        this.clock = clock;
        this.jdbc = jdbc;
        this.mode = properties.sessions() != null ? properties.sessions()
                : DemoModeSwitch.isOn(environment) ? OrdersProperties.Sessions.ALWAYS_OPEN
                : OrdersProperties.Sessions.EXCHANGE;
    }

    public boolean alwaysOpen() {
        return mode == OrdersProperties.Sessions.ALWAYS_OPEN;
    }

    /**
     * Today when it trades, otherwise the next trading day; and once a day's settlement has started, the trading day
     * after it (the counter's date roll, 日切), so no order joins a day that is being settled.
     */
    public LocalDate tradeDate() {
        LocalDate today = calendar.today();
        LocalDate day = calendar.isTradingDay(today) ? today : calendar.next(today);
        LocalDate settled = jdbc.sql("""
                        select max(trade_date) from orders_settlement_run
                        where trade_date >= ? and status in ('RUNNING', 'COMPLETED')""")
                .param(java.sql.Date.valueOf(day)).query(java.sql.Date.class).optional()
                .map(java.sql.Date::toLocalDate).orElse(null);
        return settled == null ? day : calendar.next(settled);
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
