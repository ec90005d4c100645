package org.opencounter.market.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import org.opencounter.market.OutsideCalendar;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins open or close a day, e.g. when the exchanges announce an extra closure; audited. */
@Service
public class CalendarMaintenance {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final TradingCalendar calendar;

    CalendarMaintenance(JdbcClient jdbc, AuditTrail audit, TradingCalendar calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Transactional
    public void set(LocalDate day, boolean trading, String note) {
        Boolean before = jdbc.sql("select trading from market_calendar_day where day = ? for update")
                .param(Date.valueOf(day)).query(Boolean.class).optional().orElseThrow(() -> new OutsideCalendar(day));
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        jdbc.sql("update market_calendar_day set trading = ?, note = ? where day = ?")
                .params(trading, cleanNote, Date.valueOf(day)).update();
        calendar.dayChanged(day);
        audit.record(AuditRecord.change("market.calendar.update", "CalendarDay", day, Map.of("trading", before),
                Map.of("trading", trading, "note", cleanNote == null ? "" : cleanNote)));
    }
}
