package org.opencounter.compliance.web;

import java.time.LocalDate;
import java.util.UUID;

import org.opencounter.compliance.restriction.InsiderLists;
import org.opencounter.compliance.restriction.InsiderProject;
import org.opencounter.compliance.restriction.InsiderProject.ProjectKind;
import org.opencounter.compliance.restriction.RestrictionRefused;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Insider lists (内幕信息知情人): the projects, opening one, its people, closing it. */
@Controller
@RequestMapping("/compliance/insiders")
class InsiderController {

    private static final int PER_PAGE = 20;

    private final InsiderLists insiders;
    private final TradingCalendar calendar;

    InsiderController(InsiderLists insiders, TradingCalendar calendar) {
        this.insiders = insiders;
        this.calendar = calendar;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("opening", new InsiderLists.Opening(null, null, null, calendar.today(), null, null));
        return listPage(page, model);
    }

    @PostMapping
    String open(@RequestParam(required = false) String name, @RequestParam(required = false) ProjectKind kind,
                @RequestParam(required = false) String securityCode,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedOn,
                @RequestParam(required = false) String description, @RequestParam String requestKey, Model model,
                RedirectAttributes redirect) {
        InsiderLists.Opening opening = new InsiderLists.Opening(name, kind, securityCode, openedOn, description,
                requestKey);
        try {
            long id = insiders.open(opening);
            Flash.success(redirect, "compliance.insider.opened");
            return "redirect:/compliance/insiders/" + id;
        } catch (RestrictionRefused refused) {
            model.addAttribute("opening", opening);
            model.addAttribute("refusal", refused);
            return listPage(0, model);
        }
    }

    @GetMapping("/{id}")
    String project(@PathVariable long id, Model model) {
        return projectPage(insiders.find(id), model);
    }

    @PostMapping("/{id}/people")
    String add(@PathVariable long id, @RequestParam(required = false) String personName,
               @RequestParam(required = false) String idNumber, @RequestParam(required = false) String role,
               Model model, RedirectAttributes redirect) {
        try {
            insiders.add(id, personName, idNumber, role);
            Flash.success(redirect, "compliance.insider.added", personName.strip());
            return "redirect:/compliance/insiders/" + id;
        } catch (RestrictionRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("personName", personName);
            model.addAttribute("idNumber", idNumber);
            model.addAttribute("role", role);
            return projectPage(insiders.find(id), model);
        }
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedOn,
                 Model model, RedirectAttributes redirect) {
        try {
            insiders.close(id, closedOn);
            Flash.success(redirect, "compliance.insider.closedDone");
            return "redirect:/compliance/insiders/" + id;
        } catch (RestrictionRefused refused) {
            model.addAttribute("refusal", refused);
            return projectPage(insiders.find(id), model);
        }
    }

    private String listPage(int page, Model model) {
        model.addAttribute("projects", insiders.page(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("today", calendar.today());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/insiders";
    }

    private String projectPage(InsiderProject project, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("people", insiders.people(project.id()));
        model.addAttribute("today", calendar.today());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/insider";
    }
}
