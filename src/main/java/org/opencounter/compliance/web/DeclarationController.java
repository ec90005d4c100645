package org.opencounter.compliance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.opencounter.compliance.conduct.Attestations;
import org.opencounter.compliance.conduct.ConductRefused;
import org.opencounter.compliance.conduct.Declarations;
import org.opencounter.compliance.conduct.GiftRule;
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
 * Staff declarations (我的申报): one's own gifts and outside activities and the year's conduct attestation; and the
 * compliance review of the declarations that need one, with the register of the rest.
 */
@Controller
@RequestMapping("/compliance/declarations")
class DeclarationController {

    private static final int PER_PAGE = 20;

    private final Declarations declarations;
    private final Attestations attestations;

    DeclarationController(Declarations declarations, Attestations attestations) {
        this.declarations = declarations;
        this.attestations = attestations;
    }

    @GetMapping
    String mine(Model model) {
        return minePage(model);
    }

    @PostMapping("/gifts")
    String gift(@RequestParam(required = false) String direction, @RequestParam(required = false) String counterparty,
                @RequestParam(required = false) String counterpartyKind,
                @RequestParam(required = false) String description, @RequestParam(required = false) BigDecimal value,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
                @RequestParam String requestKey, Model model, RedirectAttributes redirect) {
        try {
            declarations.declareGift(direction, counterparty, counterpartyKind, description, value, occurredOn,
                    requestKey);
            Flash.success(redirect, "compliance.gift.declared");
            return "redirect:/compliance/declarations";
        } catch (ConductRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("form", "gift");
            return minePage(model);
        }
    }

    @PostMapping("/activities")
    String activity(@RequestParam(required = false) String organisation, @RequestParam(required = false) String role,
                    @RequestParam(defaultValue = "false") boolean paid,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
                    @RequestParam String requestKey, Model model, RedirectAttributes redirect) {
        try {
            declarations.declareActivity(organisation, role, paid, startedOn, endedOn, requestKey);
            Flash.success(redirect, "compliance.activity.declared");
            return "redirect:/compliance/declarations";
        } catch (ConductRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("form", "activity");
            return minePage(model);
        }
    }

    @PostMapping("/attestations/{roundId}")
    String sign(@PathVariable long roundId, RedirectAttributes redirect) {
        attestations.sign(roundId);
        Flash.success(redirect, "compliance.attestation.signed");
        return "redirect:/compliance/declarations";
    }

    @GetMapping("/review")
    String review(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int registerPage,
                  Model model) {
        model.addAttribute("pending", declarations.pending(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("register", declarations.register(PageRequest.of(Math.max(registerPage, 0), PER_PAGE)));
        model.addAttribute("canDecide", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/declaration-review";
    }

    @PostMapping("/{kind}/{id}/decision")
    String decide(@PathVariable String kind, @PathVariable long id,
                  @RequestParam(defaultValue = "false") boolean approve,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        String declared = "gifts".equals(kind) ? "GIFT" : "ACTIVITY";
        try {
            declarations.decide(declared, id, approve, note);
            Flash.success(redirect, approve ? "compliance.declaration.approved" : "compliance.declaration.rejected");
            return "redirect:/compliance/declarations/review";
        } catch (ConductRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("refused", declared + "-" + id);
            return review(0, 0, model);
        }
    }

    private String minePage(Model model) {
        model.addAttribute("declarations", declarations.mine());
        model.addAttribute("reviewFrom", GiftRule.REVIEW_FROM);
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        attestations.latest().ifPresent(round -> {
            model.addAttribute("round", round);
            model.addAttribute("signedAt", attestations.signedAt(round.id()).orElse(null));
        });
        return "compliance/declarations";
    }
}
