package org.opencounter.platform.approval;

import jakarta.validation.constraints.Size;
import org.opencounter.platform.ApprovalBlocked;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The approvals inbox: what waits for the current user, and what they asked others to approve. */
@Controller
@RequestMapping("/approvals")
class ApprovalController {

    private final ApprovalService approvals;

    ApprovalController(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    String inbox(@PageableDefault(size = 20) Pageable pageable,
                 @RequestParam(name = "minePage", defaultValue = "0") int minePage, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        model.addAttribute("inbox", approvals.inbox(me, pageable));
        model.addAttribute("mine", approvals.requestedBy(me.username(), Pageable.ofSize(10).withPage(minePage)));
        return "platform/approvals";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = 500) String note,
                   RedirectAttributes redirect) {
        return decide(() -> approvals.approve(id, note), "platform.approval.approved", redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") @Size(max = 500) String note,
                  RedirectAttributes redirect) {
        return decide(() -> approvals.reject(id, note), "platform.approval.rejected", redirect);
    }

    private String decide(Runnable decision, String successKey, RedirectAttributes redirect) {
        try {
            decision.run();
            Flash.success(redirect, successKey);
        } catch (ApprovalRefused refused) {
            Flash.error(redirect, refused.messageKey());
        } catch (ApprovalBlocked blocked) {
            Flash.error(redirect, blocked.messageKey(), blocked.arguments());
        }
        return "redirect:/approvals";
    }
}
