package org.opencounter.clients.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import org.opencounter.clients.followup.FollowUp;
import org.opencounter.clients.followup.FollowUpForm;
import org.opencounter.clients.followup.FollowUpRows;
import org.opencounter.clients.followup.FollowUpRuleViolation;
import org.opencounter.clients.followup.FollowUpService;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Follow-ups (回访): the overdue list, scheduling from the client page, and recording what came of them. */
@Controller
class FollowUpController {

    private final FollowUpService followUps;
    private final FollowUpRows rows;

    FollowUpController(FollowUpService followUps, FollowUpRows rows) {
        this.followUps = followUps;
        this.rows = rows;
    }

    @GetMapping("/clients/follow-ups")
    String overdue(@RequestParam(defaultValue = "false") boolean all, @PageableDefault(size = 20) Pageable pageable,
                   Model model) {
        StaffPrincipal me = CurrentStaff.require();
        boolean mine = me.hasRole(Role.ACCOUNT_MANAGER) && !all;
        model.addAttribute("mine", mine);
        model.addAttribute("page", rows.of(followUps.overdue(me, mine, pageable)));
        return "clients/follow-ups";
    }

    @PostMapping("/clients/{id}/follow-ups")
    String schedule(@PathVariable long id, @Valid @ModelAttribute FollowUpForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            Flash.error(redirect, "clients.followUp.dueDate.required");
        } else {
            try {
                followUps.schedule(id, form);
                Flash.success(redirect, "clients.followUp.scheduled");
            } catch (FollowUpRuleViolation violation) {
                Flash.error(redirect, violation.messageKey());
            }
        }
        return "redirect:/clients/" + id + "#follow-ups";
    }

    @PostMapping("/clients/follow-ups/{id}/complete")
    String complete(@PathVariable("id") long followUpId, @RequestParam(defaultValue = "") String outcome,
                    @RequestParam(required = false) Integer satisfaction,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextDate,
                    @RequestParam(required = false) Long clientId, RedirectAttributes redirect) {
        try {
            FollowUp done = followUps.complete(followUpId, outcome.length() > 500 ? outcome.substring(0, 500) : outcome,
                    satisfaction, nextDate);
            Flash.success(redirect, "clients.followUp.completed");
            return "redirect:/clients/" + done.getClientId() + "#follow-ups";
        } catch (FollowUpRuleViolation violation) {
            Flash.error(redirect, violation.messageKey());
            return clientId == null ? "redirect:/clients/follow-ups" : "redirect:/clients/" + clientId + "#follow-ups";
        }
    }

    @PostMapping("/clients/follow-ups/{id}/cancel")
    String cancel(@PathVariable("id") long followUpId, RedirectAttributes redirect) {
        try {
            FollowUp cancelled = followUps.cancel(followUpId);
            Flash.success(redirect, "clients.followUp.cancelled");
            return "redirect:/clients/" + cancelled.getClientId() + "#follow-ups";
        } catch (FollowUpRuleViolation violation) {
            Flash.error(redirect, violation.messageKey());
            return "redirect:/clients/follow-ups";
        }
    }
}
