package org.opencounter.compliance.web;

import java.time.LocalDate;

import org.opencounter.compliance.conduct.Attestations;
import org.opencounter.compliance.conduct.ConductRefused;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The yearly conduct attestations: the rounds with their progress, who has not signed, and opening a year's round. */
@Controller
@RequestMapping("/compliance/attestations")
class AttestationController {

    private static final int PER_PAGE = 20;

    private final Attestations attestations;
    private final TradingCalendar calendar;

    AttestationController(Attestations attestations, TradingCalendar calendar) {
        this.attestations = attestations;
        this.calendar = calendar;
    }

    @GetMapping
    String rounds(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(page, model);
    }

    @PostMapping
    String open(@RequestParam(required = false) Integer year, @RequestParam(required = false) String statement,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                Model model, RedirectAttributes redirect) {
        try {
            attestations.open(year, statement, dueOn);
            Flash.success(redirect, "compliance.attestation.opened", String.valueOf(year));
            return "redirect:/compliance/attestations";
        } catch (ConductRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("statement", statement);
            return page(0, model);
        }
    }

    private String page(int page, Model model) {
        var rounds = attestations.rounds();
        model.addAttribute("rounds", rounds);
        if (!rounds.isEmpty()) {
            model.addAttribute("unsigned", attestations.unsigned(rounds.get(0).id(),
                    PageRequest.of(Math.max(page, 0), PER_PAGE)));
        }
        model.addAttribute("nextYear", calendar.today().getYear() + 1);
        model.addAttribute("today", calendar.today());
        model.addAttribute("canOpen", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/attestations";
    }
}
