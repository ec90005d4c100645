package org.opencounter.orders.web;

import java.math.BigDecimal;

import org.opencounter.orders.fee.CommissionRates;
import org.opencounter.orders.fee.CommissionRefused;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client's commission rate (佣金费率): the rate now, its history, and a change for a branch manager to approve. */
@Controller
@RequestMapping("/orders/commission/{id}")
class CommissionController {

    private static final String PAGE = "orders/commission";
    private static final int CHANGES_PER_PAGE = 10;
    /** Rates are entered as percentages: 0.025 is 0.025%, stored as 0.00025. */
    private static final int PERCENT = 2;

    private final CommissionRates rates;
    private final DisplayFormat format;

    CommissionController(CommissionRates rates, DisplayFormat format) {
        this.rates = rates;
        this.format = format;
    }

    @ModelAttribute
    void context(@PathVariable("id") long clientId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("standing", rates.standing(clientId));
        model.addAttribute("changes", rates.history(clientId, PageRequest.of(Math.max(page, 0), CHANGES_PER_PAGE)));
        model.addAttribute("canPropose", CurrentStaff.require().hasAnyRole(OrderRoles.COMMISSION_SETTERS));
    }

    @GetMapping
    String page() {
        return PAGE;
    }

    @PostMapping
    String propose(@PathVariable("id") long clientId, @RequestParam(defaultValue = "") String ratePercent,
                   @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        model.addAttribute("ratePercent", ratePercent);
        model.addAttribute("reason", reason);
        BigDecimal rate;
        try {
            rate = new BigDecimal(ratePercent.strip()).movePointLeft(PERCENT);
        } catch (NumberFormatException notANumber) {
            model.addAttribute("rateError", "orders.commission.notANumber");
            return PAGE;
        }
        try {
            rates.propose(clientId, rate, reason.length() > 200 ? reason.substring(0, 200) : reason);
            Flash.success(redirect, "orders.commission.proposed");
            return "redirect:/orders/commission/" + clientId;
        } catch (CommissionRefused refused) {
            model.addAttribute(refused.messageKey().endsWith("reasonRequired") ? "reasonError" : "rateError",
                    refused.messageKey());
            model.addAttribute("errorArguments", percentages(refused.arguments()));
            return PAGE;
        }
    }

    /** Bounds quoted in the same unit the form takes. */
    private Object[] percentages(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof BigDecimal rate) {
                shown[i] = format.rate(rate);
            }
        }
        return shown;
    }
}
