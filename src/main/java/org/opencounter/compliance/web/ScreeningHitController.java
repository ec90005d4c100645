package org.opencounter.compliance.web;

import java.time.LocalDate;

import org.opencounter.compliance.screening.ClientScreening;
import org.opencounter.compliance.screening.ScreeningHit;
import org.opencounter.compliance.screening.ScreeningHits;
import org.opencounter.compliance.screening.ScreeningRefused;
import org.opencounter.compliance.screening.WatchListKind;
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

/** Screening hits (名单筛查命中): the queue, a hit beside its list entry, the decision; and a name checked by hand. */
@Controller
@RequestMapping("/compliance/screening")
class ScreeningHitController {

    private static final int HITS_PER_PAGE = 20;

    private final ScreeningHits hits;
    private final ClientScreening screening;

    ScreeningHitController(ScreeningHits hits, ClientScreening screening) {
        this.hits = hits;
        this.screening = screening;
    }

    @GetMapping("/hits")
    String list(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) WatchListKind kind,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String narrowed = "ALL".equals(status) ? null : status;
        model.addAttribute("hits", hits.page(new ScreeningHits.Filter(narrowed, kind),
                PageRequest.of(Math.max(page, 0), HITS_PER_PAGE)));
        model.addAttribute("openByKind", hits.openByKind());
        model.addAttribute("kinds", WatchListKind.values());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        return "compliance/screening-hits";
    }

    @GetMapping("/hits/{id}")
    String hit(@PathVariable long id, Model model) {
        return page(hits.open(id), model);
    }

    @PostMapping("/hits/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String note, Model model,
                   RedirectAttributes redirect) {
        return decide(id, () -> hits.confirm(id, note), "compliance.screening.confirmed", note, model, redirect);
    }

    @PostMapping("/hits/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String note, Model model,
                   RedirectAttributes redirect) {
        return decide(id, () -> hits.dismiss(id, note), "compliance.screening.dismissed", note, model, redirect);
    }

    @GetMapping("/check")
    String check(@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
                 Model model) {
        model.addAttribute("name", name);
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("birthDate", birthDate);
        if (name != null && !name.isBlank()) {
            model.addAttribute("matches", screening.check(new ClientScreening.Probe(name.strip(),
                    idNumber == null || idNumber.isBlank() ? null : idNumber.strip(), birthDate)));
        }
        return "compliance/screening-check";
    }

    private String decide(long id, Runnable decision, String doneKey, String note, Model model,
                          RedirectAttributes redirect) {
        try {
            decision.run();
            Flash.success(redirect, doneKey, id);
            return "redirect:/compliance/screening/hits/" + id;
        } catch (ScreeningRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("note", note);
            return page(hits.find(id), model);
        }
    }

    private String page(ScreeningHit hit, Model model) {
        model.addAttribute("hit", hit);
        model.addAttribute("canDecide", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/screening-hit";
    }
}
