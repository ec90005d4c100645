package org.opencounter.platform.staff;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import org.opencounter.platform.Role;
import org.opencounter.platform.branch.BranchRepository;
import org.opencounter.platform.Flash;
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

/** Admin pages for staff accounts: list, create, edit, disable, enable, unlock, reset password. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

    private static final String FORM = "platform/staff-form";

    private final StaffUserRepository users;
    private final BranchRepository branches;
    private final StaffService staff;
    private final Clock clock;

    StaffAdminController(StaffUserRepository users, BranchRepository branches, StaffService staff, Clock clock) {
        this.users = users;
        this.branches = branches;
        this.staff = staff;
        this.clock = clock;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("branches")
    Object branches() {
        return branches.findAllByOrderByCodeAsc();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long branch,
                @RequestParam(required = false) Role role, @RequestParam(required = false) StaffStatus status,
                @PageableDefault(size = 20, sort = "username") Pageable pageable, Model model) {
        model.addAttribute("page", users.findAll(new StaffSearch(q, branch, role, status).at(clock.instant()), pageable));
        model.addAttribute("now", clock.instant());
        model.addAttribute("statuses", StaffStatus.values());
        return "platform/staff-list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new StaffForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            StaffService.CreatedStaff created = staff.create(form);
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            flashPending(redirect, created.awaitingApproval(), "platform.staff.created");
            return "redirect:/admin/staff/" + created.id();
        } catch (StaffRuleViolation violation) {
            reject(errors, violation);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffUser user = users.findById(id).orElseThrow(StaffNotFound::new);
        model.addAttribute("user", user);
        model.addAttribute("status", user.statusAt(clock.instant()));
        model.addAttribute("form", StaffForm.of(user));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        StaffUser user = users.findById(id).orElseThrow(StaffNotFound::new);
        form.setUsername(user.getUsername());
        if (errors.hasErrors()) {
            model.addAttribute("user", user);
            model.addAttribute("status", user.statusAt(clock.instant()));
            return FORM;
        }
        try {
            flashPending(redirect, staff.update(id, form), "platform.staff.updated");
            return "redirect:/admin/staff/" + id;
        } catch (StaffRuleViolation violation) {
            reject(errors, violation);
            model.addAttribute("user", user);
            model.addAttribute("status", user.statusAt(clock.instant()));
            return FORM;
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> staff.disable(id), "platform.staff.disabled", redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> staff.enable(id), "platform.staff.enabled", redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> staff.unlock(id), "platform.staff.unlocked", redirect);
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> redirect.addFlashAttribute("temporaryPassword", staff.resetPassword(id)),
                "platform.staff.passwordReset", redirect);
    }

    private String act(long id, Runnable action, String successKey, RedirectAttributes redirect) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (StaffRuleViolation violation) {
            Flash.error(redirect, violation.messageKey());
        }
        return "redirect:/admin/staff/" + id;
    }

    private static void flashPending(RedirectAttributes redirect, List<Role> pending, String successKey) {
        if (pending.isEmpty()) {
            Flash.success(redirect, successKey);
        } else {
            Flash.warning(redirect, "platform.staff.rolesAwaitApproval",
                    String.join(", ", pending.stream().map(Role::name).toList()));
        }
    }

    private static void reject(BindingResult errors, StaffRuleViolation violation) {
        if (violation.field() == null) {
            errors.reject(violation.messageKey());
        } else {
            errors.rejectValue(violation.field(), violation.messageKey());
        }
    }
}
