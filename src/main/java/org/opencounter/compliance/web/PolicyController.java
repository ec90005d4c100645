package org.opencounter.compliance.web;

import org.opencounter.compliance.regulation.LibraryRefused;
import org.opencounter.compliance.regulation.Policies;
import org.opencounter.compliance.regulation.Policy;
import org.opencounter.compliance.regulation.PolicyChange;
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

/** The internal policies (内部制度): their owners and versions, and who has acknowledged the latest change. */
@Controller
@RequestMapping("/compliance/policies")
class PolicyController {

    private static final int PER_PAGE = 20;
    private static final int ACKNOWLEDGEMENTS_PER_PAGE = 25;

    private final Policies policies;
    private final TradingCalendar calendar;

    PolicyController(Policies policies, TradingCalendar calendar) {
        this.policies = policies;
        this.calendar = calendar;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        return listPage(page, model);
    }

    @PostMapping
    String create(@RequestParam(required = false) String code, @RequestParam(required = false) String title,
                  @RequestParam(required = false) Long ownerId, @RequestParam(required = false) String summary,
                  Model model, RedirectAttributes redirect) {
        try {
            long id = policies.create(code, title, ownerId == null ? 0 : ownerId, summary);
            Flash.success(redirect, "compliance.policy.created", code.strip());
            return "redirect:/compliance/policies/" + id;
        } catch (LibraryRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("code", code);
            model.addAttribute("title", title);
            model.addAttribute("ownerId", ownerId);
            model.addAttribute("summary", summary);
            return listPage(0, model);
        }
    }

    @GetMapping("/{id}")
    String policy(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Policy policy = policies.find(id);
        var changes = policies.changes(id);
        model.addAttribute("policy", policy);
        model.addAttribute("changes", changes);
        model.addAttribute("tasks", policies.tasksOf(id));
        model.addAttribute("latest", changes.isEmpty() ? null : changes.get(0));
        if (!changes.isEmpty()) {
            model.addAttribute("acknowledgements", policies.acknowledgements(changes.get(0).id(),
                    PageRequest.of(Math.max(page, 0), ACKNOWLEDGEMENTS_PER_PAGE)));
        }
        model.addAttribute("today", calendar.today());
        return "compliance/policy";
    }

    private String listPage(int page, Model model) {
        model.addAttribute("policies", policies.page(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("owners", policies.possibleOwners());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/policies";
    }
}
