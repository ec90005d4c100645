package org.opencounter.clients.web;

import org.opencounter.clients.client.AccountLifecycle;
import org.opencounter.clients.client.AccountRuleViolation;
import org.opencounter.clients.client.FreezeKind;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Freezing, unfreezing and closing a client's accounts from the client 360 page. */
@Controller
@RequestMapping("/clients/{id}")
class AccountLifecycleController {

    private final AccountLifecycle lifecycle;
    private final DisplayFormat format;

    AccountLifecycleController(AccountLifecycle lifecycle, DisplayFormat format) {
        this.lifecycle = lifecycle;
        this.format = format;
    }

    @PostMapping("/freeze")
    String freeze(@PathVariable long id, @RequestParam FreezeKind kind, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String document, RedirectAttributes redirect) {
        return act(id, () -> lifecycle.freeze(id, kind, limit(reason, 200), limit(document, 100)),
                "clients.account.frozen", redirect);
    }

    @PostMapping("/unfreeze")
    String unfreeze(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> lifecycle.unfreeze(id), "clients.account.unfrozen", redirect);
    }

    @PostMapping("/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, () -> lifecycle.close(id), "clients.account.closedDone", redirect);
    }

    private String act(long id, Runnable change, String successKey, RedirectAttributes redirect) {
        try {
            change.run();
            Flash.success(redirect, successKey);
        } catch (AccountRuleViolation violation) {
            Flash.error(redirect, violation.messageKey(), violation.figures(format));
        }
        return "redirect:/clients/" + id;
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
