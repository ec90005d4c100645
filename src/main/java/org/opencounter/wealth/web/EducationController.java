package org.opencounter.wealth.web;

import java.time.LocalDate;
import java.util.UUID;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.Refusal;
import org.opencounter.wealth.education.ContentForm;
import org.opencounter.wealth.education.ContentKind;
import org.opencounter.wealth.education.EducationContent;
import org.opencounter.wealth.education.EducationRefused;
import org.opencounter.wealth.education.EducationReview;
import org.opencounter.wealth.education.EducationSubmission;
import org.opencounter.wealth.education.InvestorEducation;
import org.opencounter.wealth.education.SubmissionStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Investor education (投资者教育): the library (compliance publishes), a client's risk disclosures to acknowledge, and
 * the branch's education events with their attendees.
 */
@Controller
class EducationController {

    private static final int PER_PAGE = 20;

    private final InvestorEducation education;
    private final EducationReview review;
    private final ClientProfiles clients;

    EducationController(InvestorEducation education, EducationReview review, ClientProfiles clients) {
        this.education = education;
        this.review = review;
        this.clients = clients;
    }

    @GetMapping("/wealth/education")
    String library(@RequestParam(name = "shown", required = false) ContentKind kind,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "0") int spage, Model model) {
        model.addAttribute("form", new ContentForm());
        return library(kind, page, spage, model, false);
    }

    /** Sends what was written to compliance's disclosure review; it is published once cleared. */
    @PostMapping("/wealth/education")
    String submit(@Validated @ModelAttribute("form") ContentForm form, BindingResult errors,
                  @RequestParam String requestKey, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EducationSubmission submitted = review.submit(form, requestKey);
                Flash.success(redirect, "wealth.education.submitted", submitted.code(), submitted.reviewReference());
                return "redirect:/wealth/education/submissions/" + submitted.id();
            } catch (EducationRefused refused) {
                errors.rejectValue("code", refused.messageKey(), refused.arguments(), null);
            } catch (Refusal refused) {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        model.addAttribute("requestKey", requestKey);
        return library(null, 0, 0, model, true);
    }

    @GetMapping("/wealth/education/submissions/{id}")
    String submission(@PathVariable long id, Model model) {
        EducationSubmission submission = review.find(id);
        return submission(submission, submission.form(), model);
    }

    @PostMapping("/wealth/education/submissions/{id}")
    String revise(@PathVariable long id, @Validated @ModelAttribute("form") ContentForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        EducationSubmission submission = review.find(id);
        if (!errors.hasErrors()) {
            try {
                review.revise(id, form);
                Flash.success(redirect, "wealth.education.resubmitted", submission.reviewReference());
                return "redirect:/wealth/education/submissions/" + id;
            } catch (Refusal refused) {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        return submission(submission, form, model);
    }

    private String submission(EducationSubmission submission, ContentForm form, Model model) {
        model.addAttribute("submission", submission);
        model.addAttribute("form", form);
        model.addAttribute("canRevise", submission.status() == SubmissionStatus.RETURNED
                && CurrentStaff.require().hasAnyRole(WealthRoles.QUESTIONNAIRE_KEEPERS));
        return "wealth/education-submission";
    }

    private String library(ContentKind kind, int page, int submissionPage, Model model, boolean formOpen) {
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("library", education.library(kind, PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("submissions", review.open(PageRequest.of(Math.max(submissionPage, 0), PER_PAGE)));
        model.addAttribute("canPublish", CurrentStaff.require().hasAnyRole(WealthRoles.QUESTIONNAIRE_KEEPERS));
        model.addAttribute("formOpen", formOpen);
        if (!model.containsAttribute("requestKey")) {
            model.addAttribute("requestKey", UUID.randomUUID().toString());
        }
        return "wealth/education";
    }

    @GetMapping("/wealth/education/{id}")
    String content(@PathVariable long id, Model model) {
        EducationContent content = education.content(id);
        model.addAttribute("item", content);
        model.addAttribute("versions", education.versions(content.code()));
        return "wealth/education-content";
    }

    @GetMapping("/wealth/clients/{id}/disclosures")
    String disclosures(@PathVariable long id, Model model) {
        model.addAttribute("client", clients.visible(id));
        model.addAttribute("disclosures", education.disclosures(id));
        model.addAttribute("canAcknowledge", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
        return "wealth/disclosures";
    }

    @PostMapping("/wealth/clients/{id}/disclosures/{contentId}")
    String acknowledge(@PathVariable long id, @PathVariable long contentId, RedirectAttributes redirect) {
        try {
            education.acknowledge(id, contentId);
            Flash.success(redirect, "wealth.education.acknowledged");
        } catch (EducationRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/clients/" + id + "/disclosures";
    }

    @GetMapping("/wealth/education/events")
    String events(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", education.events(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("canHold", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
        return "wealth/education-events";
    }

    @PostMapping("/wealth/education/events")
    String hold(@RequestParam(defaultValue = "") String topic,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                RedirectAttributes redirect) {
        try {
            education.holdEvent(topic, heldOn);
            Flash.success(redirect, "wealth.education.eventHeld");
        } catch (EducationRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/education/events";
    }

    @PostMapping("/wealth/education/events/{eventId}/attendees")
    String attend(@PathVariable long eventId, @RequestParam(required = false) Long clientId,
                  RedirectAttributes redirect) {
        try {
            if (clientId == null) {
                throw new EducationRefused("wealth.education.clientRequired");
            }
            education.attend(eventId, clientId);
            Flash.success(redirect, "wealth.education.attended");
        } catch (EducationRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/education/events";
    }
}
