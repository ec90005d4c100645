package org.opencounter.clients.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.Valid;
import org.opencounter.clients.client.ClientsProperties;
import org.opencounter.clients.prospect.Prospect;
import org.opencounter.clients.prospect.ProspectFilter;
import org.opencounter.clients.prospect.ProspectForm;
import org.opencounter.clients.prospect.ProspectRuleViolation;
import org.opencounter.clients.prospect.ProspectService;
import org.opencounter.clients.prospect.ProspectSource;
import org.opencounter.clients.prospect.ProspectStage;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.Organisation;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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

/** Prospect development (潜在客户开发): the pipeline by stage, the filtered list, each prospect's record. */
@Controller
@RequestMapping("/clients/prospects")
class ProspectController {

    private static final String FORM = "clients/prospect-form";

    private final ProspectService prospects;
    private final Organisation organisation;
    private final ClientsProperties properties;

    ProspectController(ProspectService prospects, Organisation organisation, ClientsProperties properties) {
        this.prospects = prospects;
        this.organisation = organisation;
        this.properties = properties;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sources", ProspectSource.values());
        model.addAttribute("stages", ProspectStage.values());
        model.addAttribute("owners", prospects.possibleOwners());
        model.addAttribute("hnwThreshold", properties.highNetWorthThreshold());
    }

    @GetMapping
    String list(@RequestParam(required = false) Long owner, @RequestParam(required = false) ProspectStage stage,
                @RequestParam(required = false) ProspectSource source, @RequestParam(required = false) Boolean hnw,
                @PageableDefault(size = 20, sort = "updatedAt", direction = Sort.Direction.DESC) Pageable pageable,
                Model model) {
        Page<Prospect> page = prospects.search(new ProspectFilter(owner, stage, source, hnw), pageable);
        model.addAttribute("page", page);
        model.addAttribute("pipeline", prospects.pipeline());
        model.addAttribute("ownerNames", ownerNames(page));
        return "clients/prospect-list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        ProspectForm form = new ProspectForm();
        StaffPrincipal me = CurrentStaff.require();
        if (me.hasRole(Role.ACCOUNT_MANAGER)) {
            form.setOwnerId(me.id());
        }
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ProspectForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            long id = prospects.create(form);
            Flash.success(redirect, "clients.prospect.saved");
            return "redirect:/clients/prospects/" + id;
        } catch (ProspectRuleViolation violation) {
            reject(errors, violation);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Prospect prospect = prospects.visible(id);
        model.addAttribute("prospect", prospect);
        model.addAttribute("form", ProspectForm.of(prospect));
        model.addAttribute("ownerName",
                organisation.displayNames(Set.of(prospect.getOwnerId())).get(prospect.getOwnerId()));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProspectForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Prospect prospect = prospects.visible(id);
        if (errors.hasErrors()) {
            model.addAttribute("prospect", prospect);
            return FORM;
        }
        prospects.update(id, form);
        Flash.success(redirect, "clients.prospect.saved");
        return "redirect:/clients/prospects/" + id;
    }

    @PostMapping("/{id}/stage")
    String move(@PathVariable long id, @RequestParam ProspectStage stage,
                @RequestParam(required = false) String lostReason, RedirectAttributes redirect) {
        try {
            prospects.move(id, stage, lostReason);
            Flash.success(redirect, "clients.prospect.stageChanged");
        } catch (ProspectRuleViolation violation) {
            Flash.error(redirect, violation.messageKey());
        }
        return "redirect:/clients/prospects/" + id;
    }

    @PostMapping("/{id}/reassign")
    String reassign(@PathVariable long id, @RequestParam long ownerId, RedirectAttributes redirect) {
        try {
            prospects.reassign(id, ownerId);
            Flash.success(redirect, "clients.prospect.reassigned");
        } catch (ProspectRuleViolation violation) {
            Flash.error(redirect, violation.messageKey());
        }
        return "redirect:/clients/prospects/" + id;
    }

    private java.util.Map<Long, String> ownerNames(Page<Prospect> page) {
        Set<Long> ids = new HashSet<>();
        page.forEach(p -> ids.add(p.getOwnerId()));
        return organisation.displayNames(ids);
    }

    private static void reject(BindingResult errors, ProspectRuleViolation violation) {
        if (violation.field() == null) {
            errors.reject(violation.messageKey());
        } else {
            errors.rejectValue(violation.field(), violation.messageKey());
        }
    }
}
