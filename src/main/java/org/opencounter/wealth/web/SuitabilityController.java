package org.opencounter.wealth.web;

import java.util.List;
import java.util.stream.Collectors;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.Fit;
import org.opencounter.wealth.SuitabilityEngine;
import org.opencounter.wealth.SuitabilityVerdict;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductNotFound;
import org.opencounter.wealth.suitability.ConfirmationRefused;
import org.opencounter.wealth.suitability.RiskConfirmations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suitability (适当性匹配) for one client: ask whether a product fits, read the verdict with its reasons, and record
 * the client's confirmation of a mismatch's enhanced risk warning.
 */
@Controller
class SuitabilityController {

    private static final int VERDICTS_PER_PAGE = 10;

    private final ClientProfiles clients;
    private final SuitabilityEngine engine;
    private final RiskAssessments assessments;
    private final ProductCatalogue catalogue;
    private final RiskConfirmations confirmations;
    private final TradingCalendar calendar;
    private final ReasonText reasons;
    private final MessageSource messages;

    SuitabilityController(ClientProfiles clients, SuitabilityEngine engine, RiskAssessments assessments,
                          ProductCatalogue catalogue, RiskConfirmations confirmations, TradingCalendar calendar,
                          ReasonText reasons, MessageSource messages) {
        this.clients = clients;
        this.engine = engine;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.confirmations = confirmations;
        this.calendar = calendar;
        this.reasons = reasons;
        this.messages = messages;
    }

    @GetMapping("/wealth/clients/{id}/suitability")
    String page(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Long productId, Model model) {
        model.addAttribute("client", clients.visible(id));
        model.addAttribute("latest", assessments.latest(id).orElse(null));
        model.addAttribute("today", calendar.today());
        model.addAttribute("products", catalogue.onSale());
        model.addAttribute("productId", productId);
        Page<SuitabilityVerdict> verdicts = engine.verdicts(id, PageRequest.of(Math.max(page, 0),
                VERDICTS_PER_PAGE));
        model.addAttribute("verdicts", verdicts);
        model.addAttribute("verdictProducts", catalogue.byIds(verdicts.map(SuitabilityVerdict::productId).toList()));
        model.addAttribute("canAsk", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
        return "wealth/suitability";
    }

    @PostMapping("/wealth/clients/{id}/suitability")
    String ask(@PathVariable long id, @RequestParam(required = false) Long productId, RedirectAttributes redirect) {
        clients.visible(id);
        if (productId == null) {
            Flash.error(redirect, "wealth.suitability.productRequired");
            return "redirect:/wealth/clients/" + id + "/suitability";
        }
        try {
            SuitabilityVerdict verdict = engine.judge(id, productId);
            return "redirect:/wealth/verdicts/" + verdict.id();
        } catch (ProductNotFound unknown) {
            Flash.error(redirect, "wealth.suitability.productRequired");
            return "redirect:/wealth/clients/" + id + "/suitability";
        }
    }

    @GetMapping("/wealth/verdicts/{verdictId}")
    String verdict(@PathVariable long verdictId, Model model) {
        SuitabilityVerdict verdict = engine.verdict(verdictId);
        model.addAttribute("verdict", verdict);
        model.addAttribute("client", clients.visible(verdict.clientId()));
        model.addAttribute("product", catalogue.find(verdict.productId()));
        model.addAttribute("confirmation", confirmations.ofVerdict(verdictId).orElse(null));
        model.addAttribute("warningText", warningText(verdict));
        model.addAttribute("canConfirm", verdict.fit() == Fit.WARNING
                && CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
        return "wealth/verdict";
    }

    @PostMapping("/wealth/verdicts/{verdictId}/confirm")
    String confirm(@PathVariable long verdictId, @RequestParam(defaultValue = "false") boolean acknowledged,
                   @RequestParam(defaultValue = "") String recordingRef, RedirectAttributes redirect) {
        SuitabilityVerdict verdict = engine.verdict(verdictId);
        try {
            confirmations.confirm(verdictId, acknowledged, warningText(verdict),
                    recordingRef.length() > 100 ? recordingRef.substring(0, 100) : recordingRef);
            Flash.success(redirect, "wealth.confirmation.recorded");
        } catch (ConfirmationRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/verdicts/" + verdictId;
    }

    /** The enhanced warning as the client reads it: the heading and each reason, in the page's language. */
    private String warningText(SuitabilityVerdict verdict) {
        String heading = messages.getMessage("wealth.confirmation.heading", null, LocaleContextHolder.getLocale());
        List<String> lines = verdict.reasons().stream().map(reasons::text).toList();
        return heading + "\n" + lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    }
}
