package org.opencounter.platform.branch;

import jakarta.validation.Valid;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for branches. */
@Controller
@RequestMapping("/admin/branches")
class BranchAdminController {

    private static final String FORM = "platform/branch-form";

    private final BranchRepository branches;
    private final BranchService service;

    BranchAdminController(BranchRepository branches, BranchService service) {
        this.branches = branches;
        this.service = service;
    }

    @GetMapping
    String list(@PageableDefault(size = 20, sort = "code") Pageable pageable, Model model) {
        model.addAttribute("page", branches.findAll(pageable));
        return "platform/branch-list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new BranchForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") BranchForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        if (service.open(form) == null) {
            errors.rejectValue("code", "platform.branch.code.taken");
            return FORM;
        }
        Flash.success(redirect, "platform.branch.saved");
        return "redirect:/admin/branches";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Branch branch = branches.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("branch", branch);
        model.addAttribute("form", BranchForm.of(branch));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BranchForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Branch branch = branches.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.setCode(branch.getCode());
        if (errors.hasErrors()) {
            model.addAttribute("branch", branch);
            return FORM;
        }
        service.describe(id, form);
        Flash.success(redirect, "platform.branch.saved");
        return "redirect:/admin/branches";
    }
}
