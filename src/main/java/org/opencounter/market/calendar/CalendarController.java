package org.opencounter.market.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import org.opencounter.market.OutsideCalendar;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.Flash;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trading calendar by month, with today's phase; admins open and close days. */
@Controller
@RequestMapping("/market/calendar")
class CalendarController {

    private final JdbcClient jdbc;
    private final TradingCalendar calendar;
    private final CalendarMaintenance maintenance;

    CalendarController(JdbcClient jdbc, TradingCalendar calendar, CalendarMaintenance maintenance) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.maintenance = maintenance;
    }

    @GetMapping
    String month(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth shown = month != null ? month : YearMonth.from(calendar.today());
        Map<LocalDate, CalendarMonth.Day> known = jdbc.sql(
                        "select day, trading, note from market_calendar_day where day between ? and ?")
                .params(Date.valueOf(shown.atDay(1)), Date.valueOf(shown.atEndOfMonth()))
                .query((row, n) -> new CalendarMonth.Day(row.getDate(1).toLocalDate(), row.getBoolean(2), row.getString(3)))
                .list().stream().collect(Collectors.toMap(CalendarMonth.Day::date, day -> day));
        model.addAttribute("calendarMonth", CalendarMonth.of(shown, known));
        model.addAttribute("previousMonth", shown.minusMonths(1).toString());
        model.addAttribute("nextMonth", shown.plusMonths(1).toString());
        model.addAttribute("today", calendar.today());
        model.addAttribute("phase", phaseOrNull());
        return "market/calendar";
    }

    @PostMapping("/{day}")
    String set(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @RequestParam boolean trading, @RequestParam(defaultValue = "") @Size(max = 50) String note,
               RedirectAttributes redirect) {
        try {
            maintenance.set(day, trading, note);
            Flash.success(redirect, "market.calendar.saved", day.toString());
        } catch (OutsideCalendar outside) {
            Flash.error(redirect, "market.calendar.outside", day.toString());
        }
        return "redirect:/market/calendar?month=" + YearMonth.from(day);
    }

    private Object phaseOrNull() {
        try {
            return calendar.phaseNow();
        } catch (OutsideCalendar outside) {
            return null;
        }
    }
}
