package org.opencounter.wealth.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.PdfDocuments;
import org.opencounter.wealth.allocation.AllocationPlan;
import org.opencounter.wealth.allocation.AllocationPlans;
import org.opencounter.wealth.allocation.AssetClass;
import org.opencounter.wealth.allocation.CapitalMarketAssumptions;
import org.opencounter.wealth.allocation.Drift;
import org.opencounter.wealth.allocation.HeldAllocation;
import org.opencounter.wealth.allocation.PlanForm;
import org.opencounter.wealth.allocation.PlanRefused;
import org.opencounter.wealth.allocation.Weights;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's allocation plan (资产配置方案): made from the model for the client's category and stage, with its
 * expected return and volatility, the products that fit, the holdings' drift from it, reviews, and the plan as a
 * PDF in Chinese or English.
 */
@Controller
@RequestMapping("/wealth/clients/{id}/plan")
class PlanController {

    private static final String PAGE = "wealth/plan";
    static final String PDF_TEMPLATE = "wealth/plan-pdf";

    private final ClientProfiles clients;
    private final AllocationPlans plans;
    private final PdfDocuments documents;

    PlanController(ClientProfiles clients, AllocationPlans plans, PdfDocuments documents) {
        this.clients = clients;
        this.plans = plans;
        this.documents = documents;
    }

    @ModelAttribute
    void context(@PathVariable long id, Model model) {
        model.addAttribute("client", clients.visible(id));
        model.addAttribute("classes", AssetClass.values());
        model.addAttribute("canPlan", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
        AllocationPlan active = plans.active(id).orElse(null);
        HeldAllocation held = plans.held(id);
        model.addAttribute("plan", active);
        model.addAttribute("held", held);
        model.addAttribute("drifts", active == null ? List.of()
                : Drift.of(active.target(), held.weights(), Drift.DEFAULT_THRESHOLD_POINTS));
        model.addAttribute("reviews", plans.reviews(id));
        try {
            AllocationPlans.Basis basis = plans.basis(id);
            Weights suggested = plans.model(basis.assessment().category(), basis.stage());
            CapitalMarketAssumptions assumptions = plans.assumptions();
            model.addAttribute("basis", basis);
            model.addAttribute("suggested", suggested);
            model.addAttribute("suggestedReturn", assumptions.expectedReturn(suggested));
            model.addAttribute("suggestedVolatility", assumptions.volatility(suggested));
            model.addAttribute("recommended", plans.recommended(basis));
        } catch (PlanRefused refused) {
            model.addAttribute("basisRefusal", refused);
        }
    }

    @GetMapping
    String page(Model model) {
        AllocationPlan active = (AllocationPlan) model.getAttribute("plan");
        Weights suggested = (Weights) model.getAttribute("suggested");
        model.addAttribute("form", active != null ? PlanForm.of(active.target())
                : suggested != null ? PlanForm.of(suggested) : new PlanForm());
        return PAGE;
    }

    @PostMapping
    String create(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        try {
            AllocationPlan plan = plans.create(id, form);
            Flash.success(redirect, "wealth.plan.created", plan.expectedReturn().movePointRight(2),
                    plan.volatility().movePointRight(2));
            return "redirect:/wealth/clients/" + id + "/plan";
        } catch (PlanRefused refused) {
            errors.reject(refused.messageKey(), refused.arguments(), null);
            return PAGE;
        }
    }

    @PostMapping("/review")
    String review(@PathVariable long id, @RequestParam(defaultValue = "") String conclusion,
                  RedirectAttributes redirect) {
        try {
            var review = plans.review(id, conclusion.length() > 500 ? conclusion.substring(0, 500) : conclusion);
            Flash.success(redirect, review.reviewNeeded() ? "wealth.plan.reviewedRebalance" : "wealth.plan.reviewed",
                    review.maxDrift());
        } catch (PlanRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/clients/" + id + "/plan";
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "zh") String language,
                               Model model) {
        AllocationPlan plan = (AllocationPlan) model.getAttribute("plan");
        if (plan == null) {
            return ResponseEntity.notFound().build();
        }
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        plans.documentIssued(plan, locale.getLanguage());
        byte[] pdf = documents.render(PDF_TEMPLATE, locale, Map.of("client", model.getAttribute("client"),
                "plan", plan, "held", model.getAttribute("held"), "drifts", model.getAttribute("drifts"),
                "classes", AssetClass.values()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("allocation-plan-" + id + "-" + plan.id() + ".pdf").build().toString())
                .body(pdf);
    }
}
