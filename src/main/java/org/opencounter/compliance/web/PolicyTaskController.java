package org.opencounter.compliance.web;

import org.opencounter.compliance.regulation.LibraryRefused;
import org.opencounter.compliance.regulation.Policies;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What regulations ask of every staff member: a policy owner's tasks (我的制度任务), and the policy changes to
 * acknowledge (制度变更确认).
 */
@Controller
class PolicyTaskController {

    private static final int PER_PAGE = 20;

    private final Policies policies;
    private final TradingCalendar calendar;

    PolicyTaskController(Policies policies, TradingCalendar calendar) {
        this.policies = policies;
        this.calendar = calendar;
    }

    @GetMapping("/compliance/my-tasks")
    String tasks(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tasks", policies.myTasks(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("outcomes", Policies.Outcome.values());
        model.addAttribute("today", calendar.today());
        return "compliance/my-tasks";
    }

    @PostMapping("/compliance/my-tasks/{id}")
    String complete(@PathVariable long id, @RequestParam(required = false) Policies.Outcome outcome,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String revisedSummary,
                    Model model, RedirectAttributes redirect) {
        try {
            policies.complete(id, outcome, note, revisedSummary);
            Flash.success(redirect, "compliance.task.completed");
            return "redirect:/compliance/my-tasks";
        } catch (LibraryRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("refusedTask", id);
            model.addAttribute("note", note);
            model.addAttribute("revisedSummary", revisedSummary);
            return tasks(0, model);
        }
    }

    @GetMapping("/compliance/acknowledgements")
    String acknowledgements(Model model) {
        model.addAttribute("changes", policies.toAcknowledge());
        return "compliance/acknowledgements";
    }

    @PostMapping("/compliance/acknowledgements/{changeId}")
    String acknowledge(@PathVariable long changeId, RedirectAttributes redirect) {
        policies.acknowledge(changeId);
        Flash.success(redirect, "compliance.policy.acknowledgedDone");
        return "redirect:/compliance/acknowledgements";
    }
}
