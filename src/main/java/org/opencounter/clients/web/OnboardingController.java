package org.opencounter.clients.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.opencounter.clients.client.Bank;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.Education;
import org.opencounter.clients.client.Gender;
import org.opencounter.clients.client.IdType;
import org.opencounter.clients.client.IncomeBand;
import org.opencounter.clients.client.InvestorClass;
import org.opencounter.clients.client.Occupation;
import org.opencounter.clients.client.SourceOfFunds;
import org.opencounter.clients.client.TaxResidency;
import org.opencounter.clients.kyc.ProfessionalCategory;
import org.opencounter.clients.onboarding.FieldProblem;
import org.opencounter.clients.onboarding.OnboardingForm;
import org.opencounter.clients.onboarding.OnboardingRefused;
import org.opencounter.clients.onboarding.OnboardingService;
import org.opencounter.clients.prospect.ProspectService;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account-opening form (开户): individuals and institutions, checked field by field, then sent for approval. */
@Controller
@RequestMapping("/clients/new")
class OnboardingController {

    private static final String FORM = "clients/onboarding";

    private final OnboardingService onboarding;
    private final ProspectService prospects;

    OnboardingController(OnboardingService onboarding, ProspectService prospects) {
        this.onboarding = onboarding;
        this.prospects = prospects;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ClientKind.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("incomeBands", IncomeBand.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("taxResidencies", TaxResidency.values());
        model.addAttribute("sourcesOfFunds", SourceOfFunds.values());
        model.addAttribute("investorClasses", InvestorClass.values());
        model.addAttribute("professionalCategories", ProfessionalCategory.values());
        model.addAttribute("banks", Bank.values());
        model.addAttribute("owners", onboarding.possibleOwners(CurrentStaff.require()));
    }

    @GetMapping
    String form(@RequestParam(required = false) Long prospect, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        OnboardingForm form = new OnboardingForm();
        form.setRequestKey(UUID.randomUUID().toString());
        if (me.hasRole(Role.ACCOUNT_MANAGER)) {
            form.setOwnerId(me.id());
        }
        if (prospect != null) {
            prospects.openFor(prospect).ifPresent(p -> {
                form.setProspectId(p.getId());
                form.setName(p.getName());
                form.setMobile(p.getPhone());
                form.setOwnerId(p.getOwnerId());
                form.setFinancialAssets(p.getEstimatedAssets());
                model.addAttribute("prospect", p);
            });
        }
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("form") OnboardingForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            long id = onboarding.submit(form);
            Flash.success(redirect, "clients.onboarding.submitted");
            return "redirect:/clients/" + id;
        } catch (OnboardingRefused refused) {
            for (FieldProblem problem : refused.problems()) {
                if (problem.field() == null) {
                    errors.reject(problem.messageKey(), problem.arguments(), null);
                } else {
                    errors.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
                }
            }
            model.addAttribute("existingClientId", refused.existingClientId());
            return FORM;
        } catch (DataIntegrityViolationException race) {
            errors.rejectValue("idNumber", "clients.onboarding.duplicate");
            return FORM;
        }
    }
}
