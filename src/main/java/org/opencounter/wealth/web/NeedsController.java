package org.opencounter.wealth.web;

import java.util.Optional;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.needs.GoalForm;
import org.opencounter.wealth.needs.GoalKind;
import org.opencounter.wealth.needs.GoalPriority;
import org.opencounter.wealth.needs.GoalStatus;
import org.opencounter.wealth.needs.Household;
import org.opencounter.wealth.needs.HouseholdForm;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.opencounter.wealth.needs.MaritalStatus;
import org.opencounter.wealth.needs.NeedsAnalysis;
import org.opencounter.wealth.needs.NeedsRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's needs (客户需求分析): finances and family with the life-cycle stage, and the investment goals. The risk
 * questionnaire has its own page.
 */
@Controller
@RequestMapping("/wealth/clients/{id}")
class NeedsController {

    private static final String PAGE = "wealth/needs";

    private final ClientProfiles clients;
    private final NeedsAnalysis needs;
    private final TradingCalendar calendar;

    NeedsController(ClientProfiles clients, NeedsAnalysis needs, TradingCalendar calendar) {
        this.clients = clients;
        this.needs = needs;
        this.calendar = calendar;
    }

    @ModelAttribute
    void context(@PathVariable long id, Model model) {
        ClientProfile client = clients.visible(id);
        Optional<Household> household = needs.household(id);
        model.addAttribute("client", client);
        model.addAttribute("household", household.orElse(null));
        model.addAttribute("stage", needs.stage(client, household));
        model.addAttribute("goals", needs.goals(id));
        model.addAttribute("today", calendar.today());
        model.addAttribute("maritals", MaritalStatus.values());
        model.addAttribute("stages", LifeCycleStage.HOUSEHOLD);
        model.addAttribute("kinds", GoalKind.values());
        model.addAttribute("priorities", GoalPriority.values());
        model.addAttribute("canEdit", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
    }

    @GetMapping("/needs")
    String page(Model model) {
        Household household = (Household) model.getAttribute("household");
        model.addAttribute("form", household == null ? new HouseholdForm() : HouseholdForm.of(household));
        model.addAttribute("goal", new GoalForm());
        return PAGE;
    }

    @PostMapping("/needs")
    String save(@PathVariable long id, @Validated @ModelAttribute("form") HouseholdForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        model.addAttribute("goal", new GoalForm());
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            needs.save(id, form);
            Flash.success(redirect, "wealth.needs.saved");
            return "redirect:/wealth/clients/" + id + "/needs";
        } catch (NeedsRefused refused) {
            reject(errors, refused);
            return PAGE;
        }
    }

    @PostMapping("/goals")
    String addGoal(@PathVariable long id, @Validated @ModelAttribute("goal") GoalForm goal, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        Household household = (Household) model.getAttribute("household");
        model.addAttribute("form", household == null ? new HouseholdForm() : HouseholdForm.of(household));
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            needs.addGoal(id, goal);
            Flash.success(redirect, "wealth.goal.added");
            return "redirect:/wealth/clients/" + id + "/needs";
        } catch (NeedsRefused refused) {
            reject(errors, refused);
            return PAGE;
        }
    }

    @PostMapping("/goals/{goalId}/close")
    String closeGoal(@PathVariable long id, @PathVariable long goalId,
                     @RequestParam(defaultValue = "ACHIEVED") GoalStatus status, RedirectAttributes redirect) {
        try {
            needs.closeGoal(id, goalId, status);
            Flash.success(redirect, "wealth.goal.closed." + status.name());
        } catch (NeedsRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/clients/" + id + "/needs";
    }

    private static void reject(BindingResult errors, NeedsRefused refused) {
        if (refused.field() == null) {
            errors.reject(refused.messageKey(), refused.arguments(), null);
        } else {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
        }
    }
}
