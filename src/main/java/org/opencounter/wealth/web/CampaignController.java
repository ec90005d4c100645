package org.opencounter.wealth.web;

import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.campaign.Campaign;
import org.opencounter.wealth.campaign.CampaignChannel;
import org.opencounter.wealth.campaign.CampaignForm;
import org.opencounter.wealth.campaign.CampaignRefused;
import org.opencounter.wealth.campaign.Campaigns;
import org.opencounter.wealth.campaign.LeadStatus;
import org.opencounter.wealth.product.ProductCatalogue;
import org.opencounter.wealth.product.ProductType;
import org.springframework.data.domain.PageRequest;
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

/** Sales campaigns (营销活动): the list, setting one up, and its leads and results. */
@Controller
@RequestMapping("/wealth/campaigns")
class CampaignController {

    private static final String LIST = "wealth/campaigns";
    private static final int PER_PAGE = 20;

    private final Campaigns campaigns;
    private final ProductCatalogue catalogue;

    CampaignController(Campaigns campaigns, ProductCatalogue catalogue) {
        this.campaigns = campaigns;
        this.catalogue = catalogue;
    }

    @ModelAttribute
    void choices(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("channels", CampaignChannel.values());
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("products", catalogue.onSale().stream()
                .filter(product -> product.type() != ProductType.LISTED_FUND).toList());
        model.addAttribute("canCreate", CurrentStaff.require().hasAnyRole(WealthRoles.CAMPAIGNERS));
        model.addAttribute("canMark", CurrentStaff.require().hasAnyRole(WealthRoles.ADVISERS));
        model.addAttribute("page", Math.max(page, 0));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", new CampaignForm());
        model.addAttribute("campaigns", campaigns.page(PageRequest.of(Math.max(page, 0), PER_PAGE)));
        return LIST;
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") CampaignForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Campaign campaign = campaigns.create(form);
                Flash.success(redirect, "wealth.campaign.created", campaign.name());
                return "redirect:/wealth/campaigns/" + campaign.id();
            } catch (CampaignRefused refused) {
                errors.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        model.addAttribute("campaigns", campaigns.page(PageRequest.of(0, PER_PAGE)));
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Campaign campaign = campaigns.visible(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("results", campaigns.results(id));
        model.addAttribute("leads", campaigns.leads(id, PageRequest.of(Math.max(page, 0), PER_PAGE)));
        model.addAttribute("campaignProducts", catalogue.byIds(campaign.productIds()).values());
        return "wealth/campaign";
    }

    @PostMapping("/{id}/leads/{clientId}")
    String mark(@PathVariable long id, @PathVariable long clientId,
                @RequestParam(required = false) LeadStatus status, RedirectAttributes redirect) {
        try {
            campaigns.mark(id, clientId, status);
            Flash.success(redirect, "wealth.campaign.marked");
        } catch (CampaignRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/campaigns/" + id;
    }
}
