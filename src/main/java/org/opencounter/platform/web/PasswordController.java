package org.opencounter.platform.web;

import org.opencounter.platform.Flash;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.platform.staff.StaffRuleViolation;
import org.opencounter.platform.staff.StaffService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member changes their own password; required after a temporary one. */
@Controller
@RequestMapping("/password/change")
class PasswordController {

    private final StaffService staff;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "platform/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "platform.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "platform/password";
        }
        StaffPrincipal me = CurrentStaff.require();
        try {
            String hash = staff.changeOwnPassword(me.username(), form.getCurrentPassword(), form.getNewPassword());
            StaffPrincipal updated = me.withPasswordChanged(hash);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                    updated.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        } catch (StaffRuleViolation violation) {
            errors.rejectValue(violation.field(), violation.messageKey());
            return "platform/password";
        }
        Flash.success(redirect, "platform.password.changed");
        return "redirect:/";
    }

    /** The password change form. */
    public static class PasswordForm {

        @NotBlank
        private String currentPassword = "";

        @NotBlank
        private String newPassword = "";

        @NotBlank
        private String confirmPassword = "";

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmPassword() {
            return confirmPassword;
        }

        public void setConfirmPassword(String confirmPassword) {
            this.confirmPassword = confirmPassword;
        }
    }
}
