package org.opencounter.wealth.web;

import java.time.LocalDate;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.education.ContentForm;
import org.opencounter.wealth.education.ContentKind;
import org.opencounter.wealth.education.EducationContent;
import org.opencounter.wealth.education.EducationRefused;
import org.opencounter.wealth.education.InvestorEducation;
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
    private final ClientProfiles clients;

    EducationController(InvestorEducation education, ClientProfiles clients) {
        this.education = education;
        this.clients = clients;
    }

    @GetMapping("/wealth/education")
    String library(@RequestParam(required = false) ContentKind kind, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        model.addAttribute("form", new ContentForm());
        return library(kind, page, model, false);
    }

    @PostMapping("/wealth/education")
    String publish(@Validated @ModelAttribute("form") ContentForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EducationContent content = education.publish(form);
                Flash.success(redirect, "wealth.education.published", content.code(), content.version());
                return "redirect:/wealth/education/" + content.id();
            } catch (EducationRefused refused) {
                errors.rejectValue("code", refused.messageKey(), refused.arguments(), null);
            }
        }
        return library(null, 0, model, true);
    }

    private String library(ContentKind kind, int page, Model model, boolean formOpen) {
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("library", education.library(kind, PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("canPublish", CurrentStaff.require().hasAnyRole(WealthRoles.QUESTIONNAIRE_KEEPERS));
        model.addAttribute("formOpen", formOpen);
        return "wealth/education";
    }

    @GetMapping("/wealth/education/{id}")
    String content(@PathVariable long id, Model model) {
        EducationContent content = education.content(id);
        model.addAttribute("content", content);
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
