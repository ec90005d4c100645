package org.opencounter.compliance.web;

import java.time.LocalDate;
import java.util.UUID;

import org.opencounter.compliance.restriction.RestrictionList;
import org.opencounter.compliance.restriction.RestrictionRefused;
import org.opencounter.compliance.restriction.RestrictionScope;
import org.opencounter.compliance.restriction.Restrictions;
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

/** The restricted and watch lists (限制名单、观察名单): the entries, adding one, lifting one early. */
@Controller
@RequestMapping("/compliance/restrictions")
class RestrictionController {

    private static final int PER_PAGE = 20;

    private final Restrictions restrictions;
    private final TradingCalendar calendar;

    RestrictionController(Restrictions restrictions, TradingCalendar calendar) {
        this.restrictions = restrictions;
        this.calendar = calendar;
    }

    @GetMapping
    String list(@RequestParam(required = false) RestrictionList list,
                @RequestParam(defaultValue = "true") boolean current, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("entry", new Restrictions.Entry(RestrictionList.RESTRICTED, null, RestrictionScope.STAFF,
                null, calendar.today(), null, null));
        return page(list, current, page, model);
    }

    @PostMapping
    String add(@RequestParam(required = false) RestrictionList list,
               @RequestParam(required = false) String securityCode,
               @RequestParam(required = false) RestrictionScope scope, @RequestParam(required = false) String reason,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
               @RequestParam String requestKey, Model model, RedirectAttributes redirect) {
        Restrictions.Entry entry = new Restrictions.Entry(list, securityCode, scope, reason, effectiveFrom, effectiveTo,
                requestKey);
        try {
            restrictions.add(entry);
            Flash.success(redirect, "compliance.restriction.added", securityCode.strip());
            return "redirect:/compliance/restrictions";
        } catch (RestrictionRefused refused) {
            model.addAttribute("entry", entry);
            model.addAttribute("refusal", refused);
            return page(null, true, 0, model);
        }
    }

    @PostMapping("/{id}/lift")
    String lift(@PathVariable long id, @RequestParam(required = false) String liftReason, Model model,
                RedirectAttributes redirect) {
        try {
            restrictions.lift(id, liftReason);
            Flash.success(redirect, "compliance.restriction.lifted", restrictions.find(id).securityCode());
            return "redirect:/compliance/restrictions";
        } catch (RestrictionRefused refused) {
            model.addAttribute("liftRefused", id);
            return list(null, true, 0, model);
        }
    }

    private String page(RestrictionList list, boolean current, int page, Model model) {
        LocalDate today = calendar.today();
        model.addAttribute("restrictions", restrictions.page(list, current, today,
                PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("lists", RestrictionList.values());
        model.addAttribute("scopes", RestrictionScope.values());
        model.addAttribute("list", list);
        model.addAttribute("current", current);
        model.addAttribute("today", today);
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/restrictions";
    }
}
