package org.opencounter.margin.web;

import java.util.stream.Collectors;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.CreditApplication;
import org.opencounter.margin.credit.CreditApplicationForm;
import org.opencounter.margin.credit.CreditApplicationStatus;
import org.opencounter.margin.credit.CreditApplications;
import org.opencounter.margin.credit.CreditStanding;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.Page;
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

/** Credit applications (融资融券授信申请): the list, a client's eligibility with the investigation form, and one application. */
@Controller
@RequestMapping("/margin/applications")
class CreditController {

    private static final String FORM = "margin/application-form";
    private static final int PER_PAGE = 20;

    private final CreditApplications applications;
    private final MarginContracts contracts;
    private final ClientProfiles clients;
    private final DisplayFormat format;

    CreditController(CreditApplications applications, MarginContracts contracts, ClientProfiles clients,
                     DisplayFormat format) {
        this.applications = applications;
        this.contracts = contracts;
        this.clients = clients;
        this.format = format;
    }

    @GetMapping
    String list(@RequestParam(required = false) CreditApplicationStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<CreditApplication> shown = applications.page(status, PageRequest.of(Math.max(page, 0), PER_PAGE));
        model.addAttribute("applications", shown);
        model.addAttribute("names", clients.names(shown.map(CreditApplication::clientId).toSet()));
        model.addAttribute("statuses", CreditApplicationStatus.values());
        model.addAttribute("canApply", CurrentStaff.require().hasAnyRole(MarginRoles.CREDIT_OFFICERS));
        return "margin/applications";
    }

    @GetMapping("/new")
    String start(@RequestParam(required = false) Long clientId, Model model) {
        CreditApplicationForm form = new CreditApplicationForm();
        form.setClientId(clientId);
        model.addAttribute("form", form);
        return form(model, clientId);
    }

    @PostMapping("/new")
    String apply(@Validated @ModelAttribute("form") CreditApplicationForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form.getClientId());
        }
        try {
            long id = applications.apply(form);
            Flash.success(redirect, "margin.credit.submitted");
            return "redirect:/margin/applications/" + id;
        } catch (MarginRefused refused) {
            RefusalErrors.show(errors, refused, format);
            return form(model, form.getClientId());
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CreditApplication application = applications.visible(id);
        model.addAttribute("credit", application);
        model.addAttribute("client", clients.visible(application.clientId()));
        model.addAttribute("contract", contracts.openedBy(id).orElse(null));
        return "margin/application";
    }

    private String form(Model model, Long clientId) {
        if (clientId != null) {
            CreditStanding standing = applications.standing(clientId);
            model.addAttribute("standing", standing);
            model.addAttribute("failed", standing.checks().stream().filter(check -> !check.passed())
                    .map(check -> check.condition().name()).collect(Collectors.toSet()));
        }
        return FORM;
    }
}
