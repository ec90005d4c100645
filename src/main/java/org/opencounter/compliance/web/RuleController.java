package org.opencounter.compliance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencounter.compliance.aml.AlertSource;
import org.opencounter.compliance.aml.AmlRule;
import org.opencounter.compliance.aml.AmlRuleVersions;
import org.opencounter.compliance.aml.RuleMode;
import org.opencounter.compliance.aml.RuleRefused;
import org.opencounter.compliance.aml.RuleVersion;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring rules - anti-money laundering and trade surveillance - and their parameter versions; an officer sets
 * new parameters, active or in shadow.
 */
@Controller
@RequestMapping("/compliance/rules")
class RuleController {

    private static final String PAGE = "compliance/rules";

    private final AmlRuleVersions versions;

    RuleController(AmlRuleVersions versions) {
        this.versions = versions;
    }

    @GetMapping
    String rules(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/{rule}")
    String create(@PathVariable AmlRule rule, @ModelAttribute("form") RuleVersionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        try {
            RuleVersion created = versions.create(rule, form.getMode(), form.getParameters(), form.getReason());
            Flash.success(redirect, "compliance.rule.created", rule.name(), created.version(),
                    created.mode().name());
            return "redirect:/compliance/rules#rule-" + rule.name();
        } catch (RuleRefused refused) {
            // a value that is no number binds as none, and the rule refuses it as out of range
            model.addAttribute("refusal", refused);
            return page(model, rule, form);
        }
    }

    /** Each rule's versions, and its form starting from the active version's parameters (the refused one as sent). */
    private String page(Model model, AmlRule failed, RuleVersionForm failedForm) {
        Map<AlertSource, Map<AmlRule, List<RuleVersion>>> groups = new LinkedHashMap<>();
        Map<AmlRule, RuleVersionForm> forms = new LinkedHashMap<>();
        for (AmlRule rule : AmlRule.values()) {
            List<RuleVersion> ruleVersions = versions.versions(rule);
            groups.computeIfAbsent(rule.source(), source -> new LinkedHashMap<>()).put(rule, ruleVersions);
            forms.put(rule, rule == failed ? failedForm : ruleVersions.stream()
                    .filter(version -> version.mode() == RuleMode.ACTIVE).findFirst().map(RuleVersionForm::from)
                    .orElseGet(RuleVersionForm::new));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("forms", forms);
        model.addAttribute("failed", failed);
        model.addAttribute("modes", new RuleMode[] {RuleMode.SHADOW, RuleMode.ACTIVE});
        model.addAttribute("canChange", CurrentStaff.require().hasAnyRole(ComplianceRoles.OFFICERS));
        return PAGE;
    }
}
