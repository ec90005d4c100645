package org.opencounter.clients.web;

import java.util.Map;

import org.opencounter.clients.TradingPermission;
import org.opencounter.clients.permission.PermissionOverview;
import org.opencounter.clients.permission.PermissionRefused;
import org.opencounter.clients.permission.PermissionRule;
import org.opencounter.clients.permission.TradingPermissions;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
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

/** The client's trading permissions for ChiNext, the STAR market and the BSE (权限开通). */
@Controller
@RequestMapping("/clients/{id}/permissions")
class PermissionController {

    private static final String PAGE = "clients/permissions";
    private static final int APPLICATIONS_PER_PAGE = 10;
    /** Which field each refusal belongs next to; the others are shown above the form. */
    private static final Map<String, String> FIELDS = Map.of(
            "clients.permission.firstTradeRequired", "firstTradeDate",
            "clients.permission.firstTradeInFuture", "firstTradeDate",
            "clients.permission.experienceShort", "firstTradeDate",
            "clients.permission.disclosureRequired", "disclosureSigned");

    private final TradingPermissions permissions;
    private final DisplayFormat format;

    PermissionController(TradingPermissions permissions, DisplayFormat format) {
        this.permissions = permissions;
        this.format = format;
    }

    @ModelAttribute
    void context(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        PermissionOverview overview = permissions.overview(id);
        model.addAttribute("client", overview.client());
        model.addAttribute("overview", overview);
        model.addAttribute("rules", PermissionRule.values());
        model.addAttribute("applications", permissions.applications(id,
                PageRequest.of(Math.max(page, 0), APPLICATIONS_PER_PAGE)));
        model.addAttribute("canApply", CurrentStaff.require().hasAnyRole(ClientRoles.PERMISSION_CLERKS));
        model.addAttribute("chartDays", overview.days().stream().map(d -> d.day().toString()).toList());
        model.addAttribute("chartTotals", overview.days().stream().map(d -> d.total().toPlainString()).toList());
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", new PermissionForm());
        return PAGE;
    }

    @PostMapping("/{board}")
    String apply(@PathVariable long id, @PathVariable TradingPermission board,
                 @ModelAttribute("form") PermissionForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        model.addAttribute("appliedBoard", board);
        if (errors.hasErrors()) {
            return PAGE;
        }
        try {
            permissions.apply(id, board, form.getFirstTradeDate(), form.isDisclosureSigned());
            Flash.success(redirect, "clients.permission.applied." + board.name());
            return "redirect:/clients/" + id + "/permissions";
        } catch (PermissionRefused refused) {
            Object[] figures = refused.figures(format);
            String field = FIELDS.get(refused.messageKey());
            if (field == null) {
                errors.reject(refused.messageKey(), figures, null);
            } else {
                errors.rejectValue(field, refused.messageKey(), figures, null);
            }
            return PAGE;
        }
    }

    @PostMapping("/{board}/revoke")
    String revoke(@PathVariable long id, @PathVariable TradingPermission board,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            permissions.revoke(id, board, reason.length() > 200 ? reason.substring(0, 200) : reason);
            Flash.success(redirect, "clients.permission.revoked." + board.name());
        } catch (PermissionRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.figures(format));
        }
        return "redirect:/clients/" + id + "/permissions";
    }
}
