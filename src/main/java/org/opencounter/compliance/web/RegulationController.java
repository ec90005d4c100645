package org.opencounter.compliance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.opencounter.compliance.regulation.LibraryRefused;
import org.opencounter.compliance.regulation.Policies;
import org.opencounter.compliance.regulation.Regulation;
import org.opencounter.compliance.regulation.RegulationLibrary;
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

/** The regulation library (法规库): the regulations, recording one, its reading, its repeal and the tasks it opened. */
@Controller
@RequestMapping("/compliance/regulations")
class RegulationController {

    private static final int PER_PAGE = 20;

    private final RegulationLibrary library;
    private final Policies policies;
    private final TradingCalendar calendar;

    RegulationController(RegulationLibrary library, Policies policies, TradingCalendar calendar) {
        this.library = library;
        this.policies = policies;
        this.calendar = calendar;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entry", new RegulationLibrary.Entry(null, null, null, null, null, null, null, List.of(),
                null));
        return listPage(q, page, model);
    }

    @PostMapping
    String record(@RequestParam(required = false) String title, @RequestParam(required = false) String issuer,
                  @RequestParam(required = false) String documentNumber,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                  @RequestParam(required = false) String summary, @RequestParam(required = false) Long amendsId,
                  @RequestParam(required = false) List<Long> policyIds, @RequestParam String requestKey, Model model,
                  RedirectAttributes redirect) {
        RegulationLibrary.Entry entry = new RegulationLibrary.Entry(title, issuer, documentNumber, issuedOn,
                effectiveOn, summary, amendsId, policyIds == null ? List.of() : policyIds, requestKey);
        try {
            long id = library.record(entry);
            Flash.success(redirect, "compliance.regulation.recorded", entry.policyIds().size());
            return "redirect:/compliance/regulations/" + id;
        } catch (LibraryRefused refused) {
            model.addAttribute("entry", entry);
            model.addAttribute("refusal", refused);
            return listPage(null, 0, model);
        }
    }

    @GetMapping("/{id}")
    String regulation(@PathVariable long id, Model model) {
        return page(library.find(id), model);
    }

    @PostMapping("/{id}/interpretation")
    String interpret(@PathVariable long id, @RequestParam(required = false) String interpretation,
                     RedirectAttributes redirect) {
        library.interpret(id, interpretation);
        Flash.success(redirect, "compliance.regulation.interpreted");
        return "redirect:/compliance/regulations/" + id;
    }

    @PostMapping("/{id}/repeal")
    String repeal(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repealedOn,
                  Model model, RedirectAttributes redirect) {
        try {
            library.repeal(id, repealedOn);
            Flash.success(redirect, "compliance.regulation.repealed");
            return "redirect:/compliance/regulations/" + id;
        } catch (LibraryRefused refused) {
            model.addAttribute("refusal", refused);
            return page(library.find(id), model);
        }
    }

    private String listPage(String q, int page, Model model) {
        model.addAttribute("regulations", library.page(q, PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("q", q);
        model.addAttribute("today", calendar.today());
        model.addAttribute("policies", policies.all());
        model.addAttribute("amendable", library.all());
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/regulations";
    }

    private String page(Regulation regulation, Model model) {
        model.addAttribute("regulation", regulation);
        model.addAttribute("tasks", library.tasks(regulation.id()));
        model.addAttribute("today", calendar.today());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/regulation";
    }
}
