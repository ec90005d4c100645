package org.opencounter.compliance.web;

import java.time.LocalDate;

import org.opencounter.compliance.aml.AmlScans;
import org.opencounter.compliance.aml.ScanRefused;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The AML scans: each business date's run with its progress; an officer scans a day again. */
@Controller
@RequestMapping("/compliance/scans")
class ScanController {

    private static final int SCANS_PER_PAGE = 20;

    private final AmlScans scans;
    private final TradingCalendar calendar;
    private final TaskExecutor executor;

    ScanController(AmlScans scans, TradingCalendar calendar,
                   @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.scans = scans;
        this.calendar = calendar;
        this.executor = executor;
    }

    @GetMapping
    String scans(@RequestParam(defaultValue = "0") int page, Model model) {
        table(page, model);
        model.addAttribute("today", calendar.today());
        model.addAttribute("canScan", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/scans";
    }

    /** The runs alone, polled by the page while one runs. */
    @GetMapping("/table")
    String table(@RequestParam(defaultValue = "0") int page, Model model) {
        var runs = scans.runs(PageRequest.of(Math.max(page, 0), SCANS_PER_PAGE));
        model.addAttribute("scans", runs);
        model.addAttribute("anyRunning", runs.stream().anyMatch(scan -> scan.running()));
        return "compliance/scans :: table";
    }

    @PostMapping
    String scan(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                RedirectAttributes redirect) {
        if (day.isAfter(calendar.today())) {
            Flash.error(redirect, "compliance.scan.future", day);
            return "redirect:/compliance/scans";
        }
        String actor = CurrentStaff.require().username();
        try {
            scans.start(day, actor);
            executor.execute(() -> scans.execute(day));
            Flash.success(redirect, "compliance.scan.started", day);
        } catch (ScanRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/compliance/scans";
    }
}
