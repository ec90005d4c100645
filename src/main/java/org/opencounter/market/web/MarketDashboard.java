package org.opencounter.market.web;

import java.util.List;

import org.opencounter.market.MarketPhase;
import org.opencounter.market.OutsideCalendar;
import org.opencounter.market.TradingCalendar;
import org.opencounter.market.security.SecurityRepository;
import org.opencounter.platform.DashboardCard;
import org.opencounter.platform.DashboardContributor;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Home-page cards everyone needs before serving clients: the session phase, the trading day, the securities. */
@Component
class MarketDashboard implements DashboardContributor {

    private final TradingCalendar calendar;
    private final SecurityRepository securities;
    private final MessageSource messages;

    MarketDashboard(TradingCalendar calendar, SecurityRepository securities, MessageSource messages) {
        this.calendar = calendar;
        this.securities = securities;
        this.messages = messages;
    }

    @Override
    public List<DashboardCard> cardsFor(StaffPrincipal staff) {
        String phase;
        String tradingDay;
        String tone;
        try {
            MarketPhase now = calendar.phaseNow();
            phase = message("market.phase." + now.name());
            tone = now.pricesMove() ? "success" : "secondary";
            tradingDay = calendar.isTradingDay(calendar.today()) ? calendar.today().toString()
                    : calendar.next(calendar.today()).toString();
        } catch (OutsideCalendar outside) {
            phase = message("market.calendar.unknown");
            tone = "warning";
            tradingDay = "-";
        }
        return List.of(
                new DashboardCard("market.dashboard.phase", phase, "/market/calendar", "clock", tone, 100),
                new DashboardCard("market.dashboard.tradingDay", tradingDay, "/market/calendar", "calendar3",
                        "primary", 110),
                new DashboardCard("market.dashboard.securities", String.valueOf(securities.count()),
                        "/market/securities", "graph-up", "primary", 120));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
