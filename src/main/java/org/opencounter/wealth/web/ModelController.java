package org.opencounter.wealth.web;

import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.allocation.AssetClass;
import org.opencounter.wealth.allocation.ModelAllocations;
import org.opencounter.wealth.allocation.PlanForm;
import org.opencounter.wealth.allocation.PlanRefused;
import org.opencounter.wealth.needs.LifeCycleStage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The model allocations (模型配置) per risk category and life-cycle stage, which wealth advisers keep. */
@Controller
@RequestMapping("/wealth/models")
class ModelController {

    private final ModelAllocations models;

    ModelController(ModelAllocations models) {
        this.models = models;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("models", models.all());
        model.addAttribute("classes", AssetClass.values());
        model.addAttribute("canEdit", CurrentStaff.require().hasAnyRole(WealthRoles.MODEL_KEEPERS));
        return "wealth/models";
    }

    @PostMapping("/{category}/{stage}")
    String update(@PathVariable RiskCategory category, @PathVariable LifeCycleStage stage,
                  @ModelAttribute PlanForm percents, RedirectAttributes redirect) {
        try {
            models.update(category, stage, percents);
            Flash.success(redirect, "wealth.model.saved", category, stage);
        } catch (PlanRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/models";
    }
}
