package org.opencounter.compliance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.opencounter.compliance.conduct.ConductRefused;
import org.opencounter.compliance.conduct.Relation;
import org.opencounter.compliance.conduct.StaffConduct;
import org.opencounter.compliance.conduct.StaffRecord;
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

/**
 * Staff conduct (执业行为): the registry with certificates falling due and training short of the minimum, a staff
 * member's record, and the client accounts that carry a staff member's or a relative's identity number.
 */
@Controller
@RequestMapping("/compliance/staff")
class StaffConductController {

    private static final int PER_PAGE = 20;

    private final StaffConduct conduct;
    private final TradingCalendar calendar;

    StaffConductController(StaffConduct conduct, TradingCalendar calendar) {
        this.conduct = conduct;
        this.calendar = calendar;
    }

    @GetMapping
    String registry(@RequestParam(defaultValue = "ALL") StaffConduct.Show show,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = calendar.today();
        model.addAttribute("staff", conduct.page(show, today, PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("show", show);
        model.addAttribute("shows", StaffConduct.Show.values());
        model.addAttribute("today", today);
        model.addAttribute("minimumHours", StaffRecord.TRAINING_HOURS_A_YEAR);
        return "compliance/staff";
    }

    @GetMapping("/accounts")
    String accounts(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accounts", conduct.linkedAccounts(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        return "compliance/staff-accounts";
    }

    @GetMapping("/{id}")
    String record(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/{id}/profile")
    String profile(@PathVariable long id, @RequestParam(required = false) String idNumber,
                   @RequestParam(required = false) String certificateNumber,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   LocalDate certificateExpiry, Model model, RedirectAttributes redirect) {
        return step(id, () -> conduct.saveProfile(id, idNumber, certificateNumber, certificateExpiry),
                "compliance.staff.profileSaved", model, redirect);
    }

    @PostMapping("/{id}/relatives")
    String relative(@PathVariable long id, @RequestParam(required = false) String relativeName,
                    @RequestParam(required = false) String relativeIdNumber,
                    @RequestParam(required = false) Relation relation, Model model, RedirectAttributes redirect) {
        model.addAttribute("relativeName", relativeName);
        return step(id, () -> conduct.declareRelative(id, relativeName, relativeIdNumber, relation),
                "compliance.staff.relativeSaved", model, redirect);
    }

    @PostMapping("/{id}/relatives/{relativeId}/remove")
    String removeRelative(@PathVariable long id, @PathVariable long relativeId, Model model,
                          RedirectAttributes redirect) {
        return step(id, () -> conduct.removeRelative(id, relativeId), "compliance.staff.relativeRemoved", model,
                redirect);
    }

    @PostMapping("/{id}/training")
    String training(@PathVariable long id, @RequestParam(required = false) String course,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                    @RequestParam(required = false) BigDecimal hours, @RequestParam String requestKey, Model model,
                    RedirectAttributes redirect) {
        model.addAttribute("course", course);
        return step(id, () -> conduct.recordTraining(id, course, heldOn, hours, requestKey),
                "compliance.staff.trainingSaved", model, redirect);
    }

    /** Saves one part of the record: done, back to it with the notice; refused, the record with the reason. */
    private String step(long id, Runnable action, String doneKey, Model model, RedirectAttributes redirect) {
        try {
            action.run();
            Flash.success(redirect, doneKey);
            return "redirect:/compliance/staff/" + id;
        } catch (ConductRefused refused) {
            model.addAttribute("refusal", refused);
            return page(id, model);
        }
    }

    private String page(long id, Model model) {
        LocalDate today = calendar.today();
        model.addAttribute("record", conduct.open(id, today));
        model.addAttribute("relatives", conduct.relatives(id));
        model.addAttribute("trainings", conduct.trainings(id, today.getYear()));
        model.addAttribute("linked", conduct.linkedAccounts(id));
        model.addAttribute("relations", Relation.values());
        model.addAttribute("today", today);
        model.addAttribute("minimumHours", StaffRecord.TRAINING_HOURS_A_YEAR);
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/staff-record";
    }
}
