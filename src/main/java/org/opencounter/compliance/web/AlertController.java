package org.opencounter.compliance.web;

import org.opencounter.compliance.aml.AlertRefused;
import org.opencounter.compliance.aml.AlertSource;
import org.opencounter.compliance.aml.AmlAlert;
import org.opencounter.compliance.aml.AmlAlerts;
import org.opencounter.compliance.aml.AmlRule;
import org.opencounter.compliance.casework.AmlCases;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monitoring alerts (反洗钱与交易监控预警): the list officers work, each alert's facts, and its dismissal with a reason. */
@Controller
@RequestMapping("/compliance/alerts")
class AlertController {

    private static final int ALERTS_PER_PAGE = 20;

    private final AmlAlerts alerts;
    private final AmlCases cases;
    private final TradingCalendar calendar;

    AlertController(AmlAlerts alerts, AmlCases cases, TradingCalendar calendar) {
        this.alerts = alerts;
        this.cases = cases;
        this.calendar = calendar;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) AmlRule rule,
                @RequestParam(defaultValue = "false") boolean shadow, @RequestParam(defaultValue = "0") int page,
                Model model) {
        String narrowed = "ALL".equals(status) ? null : status;
        model.addAttribute("alerts", alerts.page(new AmlAlerts.Filter(narrowed, rule, shadow),
                PageRequest.of(Math.max(page, 0), ALERTS_PER_PAGE)));
        model.addAttribute("openByRule", alerts.openByRule());
        model.addAttribute("rules", AmlRule.values());
        model.addAttribute("sources", AlertSource.values());
        model.addAttribute("status", status);
        model.addAttribute("rule", rule);
        model.addAttribute("shadow", shadow);
        model.addAttribute("today", calendar.today());
        return "compliance/alerts";
    }

    @GetMapping("/{id}")
    String alert(@PathVariable long id, Model model) {
        return page(alerts.open(id), model);
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String note, Model model,
                   RedirectAttributes redirect) {
        try {
            alerts.dismiss(id, note);
            Flash.success(redirect, "compliance.alert.dismissed", id);
            return "redirect:/compliance/alerts/" + id;
        } catch (AlertRefused refused) {
            model.addAttribute("noteError", refused.messageKey());
            return page(alerts.find(id), model);
        }
    }

    private String page(AmlAlert alert, Model model) {
        model.addAttribute("alert", alert);
        model.addAttribute("caseId", cases.caseOf(alert.id()).orElse(null));
        model.addAttribute("today", calendar.today());
        model.addAttribute("canDecide", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/alert";
    }
}
