package org.opencounter.compliance.web;

import java.util.UUID;

import org.opencounter.compliance.disclosure.Disclosure;
import org.opencounter.compliance.disclosure.DisclosureRefused;
import org.opencounter.compliance.disclosure.DisclosureReviews;
import org.opencounter.compliance.disclosure.DisclosureStatus;
import org.opencounter.compliance.Material;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Disclosure review (信息披露审核): submissions, the new-submission form, a submission with its review steps. */
@Controller
@RequestMapping("/compliance/disclosures")
class DisclosureController {

    private static final int PER_PAGE = 20;

    private final DisclosureReviews reviews;

    DisclosureController(DisclosureReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    String list(@RequestParam(required = false) DisclosureStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("disclosures", reviews.page(status, PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("statuses", DisclosureStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("canSubmit", CurrentStaff.require().hasAnyRole(ComplianceRoles.AUTHORS));
        return "compliance/disclosures";
    }

    @GetMapping("/new")
    String form(Model model) {
        return formPage(null, null, null, model);
    }

    @PostMapping
    String submit(@RequestParam(required = false) Material material, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String body, @RequestParam String requestKey, Model model,
                  RedirectAttributes redirect) {
        try {
            long id = reviews.submit(material, title, body, requestKey);
            Flash.success(redirect, "compliance.disclosure.submitted", reviews.find(id).reference());
            return "redirect:/compliance/disclosures/" + id;
        } catch (DisclosureRefused refused) {
            model.addAttribute("refusal", refused);
            return formPage(material, title, body, model);
        }
    }

    @GetMapping("/{id}")
    String disclosure(@PathVariable long id, Model model) {
        return page(reviews.find(id), model);
    }

    @PostMapping("/{id}/revise")
    String revise(@PathVariable long id, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
        model.addAttribute("draftTitle", title);
        model.addAttribute("draftBody", body);
        return step(id, () -> reviews.revise(id, title, body), "compliance.disclosure.revised", model, redirect);
    }

    @PostMapping("/{id}/take")
    String take(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(id, () -> reviews.take(id), "compliance.disclosure.taken", model, redirect);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                   RedirectAttributes redirect) {
        return step(id, () -> reviews.approve(id, comment), "compliance.disclosure.approved", model, redirect);
    }

    @PostMapping("/{id}/return")
    String returnToAuthor(@PathVariable long id, @RequestParam(required = false) String comment, Model model,
                          RedirectAttributes redirect) {
        return step(id, () -> reviews.returnToAuthor(id, comment), "compliance.disclosure.returned", model, redirect);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(id, () -> reviews.publish(id), "compliance.disclosure.published", model, redirect);
    }

    /** Takes a step: done, back to the submission with the notice; refused, the submission with the reason. */
    private String step(long id, Runnable action, String doneKey, Model model, RedirectAttributes redirect) {
        try {
            action.run();
            Flash.success(redirect, doneKey);
            return "redirect:/compliance/disclosures/" + id;
        } catch (DisclosureRefused refused) {
            model.addAttribute("refusal", refused);
            return page(reviews.find(id), model);
        }
    }

    private String formPage(Material material, String title, String body, Model model) {
        model.addAttribute("materials", Material.values());
        model.addAttribute("material", material);
        model.addAttribute("title", title);
        model.addAttribute("body", body);
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "compliance/disclosure-form";
    }

    private String page(Disclosure disclosure, Model model) {
        StaffPrincipal staff = CurrentStaff.require();
        boolean officer = staff.hasAnyRole(ComplianceRoles.OFFICERS);
        boolean author = disclosure.submittedBy().equals(staff.username());
        model.addAttribute("disclosure", disclosure);
        model.addAttribute("findings", reviews.findings(disclosure.id()));
        model.addAttribute("history", reviews.history(disclosure.id()));
        model.addAttribute("canTake", officer && disclosure.status() == DisclosureStatus.SUBMITTED);
        model.addAttribute("canDecide", officer && disclosure.status() == DisclosureStatus.UNDER_REVIEW
                && staff.username().equals(disclosure.reviewer()));
        model.addAttribute("canRevise", author && disclosure.status() == DisclosureStatus.RETURNED
                && !disclosure.fromElsewhere());
        model.addAttribute("canPublish", (author || officer) && disclosure.status() == DisclosureStatus.APPROVED);
        return "compliance/disclosure";
    }
}
