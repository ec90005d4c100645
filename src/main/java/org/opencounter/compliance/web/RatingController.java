package org.opencounter.compliance.web;

import org.opencounter.clients.AmlRatings;
import org.opencounter.clients.AmlRisk;
import org.opencounter.compliance.aml.AmlRiskReview;
import org.opencounter.compliance.aml.RatingRefused;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Clients' AML ratings (客户洗钱风险等级): the clients whose monitoring points above their rating, the high-risk
 * clients with their next review, and a change of rating with its reason.
 */
@Controller
@RequestMapping("/compliance/ratings")
class RatingController {

    private static final int CLIENTS_PER_PAGE = 20;

    private final AmlRiskReview review;
    private final AmlRatings ratings;
    private final TradingCalendar calendar;

    RatingController(AmlRiskReview review, AmlRatings ratings, TradingCalendar calendar) {
        this.review = review;
        this.ratings = ratings;
        this.calendar = calendar;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("raises", review.raises());
        model.addAttribute("high", ratings.rated(AmlRisk.HIGH, PageRequest.of(Math.max(page, 0), CLIENTS_PER_PAGE)));
        model.addAttribute("levels", AmlRisk.values());
        model.addAttribute("today", calendar.today());
        model.addAttribute("canRate", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return "compliance/ratings";
    }

    @PostMapping("/{clientId}")
    String rate(@PathVariable long clientId, @RequestParam(required = false) AmlRisk risk,
                @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            review.rate(clientId, risk, reason);
            Flash.success(redirect, "compliance.rating.changed",
                    ratings.of(clientId).map(AmlRatings.Rated::name).orElse(String.valueOf(clientId)));
            return "redirect:/compliance/ratings";
        } catch (RatingRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("refusedClient", clientId);
            return page(0, model);
        }
    }
}
