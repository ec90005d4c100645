package org.opencounter.margin.web;

import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.security.ListKind;
import org.opencounter.margin.security.LendingPool;
import org.opencounter.margin.security.MarginSecurities;
import org.opencounter.margin.security.MarginSecurityForm;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.Page;
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

/** The margin lists (融资融券标的与担保品): read by everyone, kept by the risk officers. */
@Controller
@RequestMapping("/margin/securities")
class SecurityListController {

    private static final String FORM = "margin/security-form";
    private static final int PER_PAGE = 30;

    private final MarginSecurities lists;
    private final LendingPool pool;
    private final DisplayFormat format;

    SecurityListController(MarginSecurities lists, LendingPool pool, DisplayFormat format) {
        this.lists = lists;
        this.pool = pool;
        this.format = format;
    }

    @GetMapping
    String list(@RequestParam(required = false) ListKind kind, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<MarginSecurities.Listed> entries = lists.page(kind, q, PageRequest.of(Math.max(page, 0), PER_PAGE));
        model.addAttribute("entries", entries);
        model.addAttribute("lendable", pool.available(entries.map(listed -> listed.entry().code()).toList()));
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("canKeep", CurrentStaff.require().hasAnyRole(MarginRoles.LIST_KEEPERS));
        return "margin/securities";
    }

    @GetMapping("/edit")
    String edit(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("form", code == null ? new MarginSecurityForm()
                : lists.find(code).map(MarginSecurityForm::of).orElseGet(MarginSecurityForm::new));
        return FORM;
    }

    @PostMapping
    String save(@ModelAttribute("form") MarginSecurityForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            lists.save(form);
            Flash.success(redirect, "margin.security.saved", form.getCode());
            return "redirect:/margin/securities?q=" + form.getCode();
        } catch (MarginRefused refused) {
            RefusalErrors.show(errors, refused, format);
            return FORM;
        }
    }

    @PostMapping("/{code}/remove")
    String remove(@PathVariable String code, RedirectAttributes redirect) {
        try {
            lists.remove(code);
            Flash.success(redirect, "margin.security.removed", code);
        } catch (MarginRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/margin/securities";
    }
}
