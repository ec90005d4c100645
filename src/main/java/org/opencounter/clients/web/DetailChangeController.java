package org.opencounter.clients.web;

import java.util.UUID;

import org.opencounter.clients.client.Bank;
import org.opencounter.clients.client.BankLinkRepository;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.DetailChangeRefused;
import org.opencounter.clients.client.DetailChanges;
import org.opencounter.clients.client.DetailField;
import org.opencounter.platform.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A client's changes of contact and bank details: the form at the counter and the history. */
@Controller
@RequestMapping("/clients/{id}/details")
class DetailChangeController {

    private static final int PER_PAGE = 10;

    private final DetailChanges changes;
    private final ClientAccess access;
    private final BankLinkRepository bankLinks;

    DetailChangeController(DetailChanges changes, ClientAccess access, BankLinkRepository bankLinks) {
        this.changes = changes;
        this.access = access;
        this.bankLinks = bankLinks;
    }

    @GetMapping
    String page(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("request", new DetailChanges.Request(null, "", null, "", UUID.randomUUID().toString()));
        return page(access.viewed(id), page, model);
    }

    @PostMapping
    String change(@PathVariable long id, @RequestParam(required = false) DetailField field,
                  @RequestParam(defaultValue = "") String value, @RequestParam(required = false) Bank bank,
                  @RequestParam(defaultValue = "") String reason, @RequestParam String requestKey, Model model,
                  RedirectAttributes redirect) {
        DetailChanges.Request request = new DetailChanges.Request(field, value, bank, reason, requestKey);
        try {
            changes.change(id, request);
            Flash.success(redirect, "clients.details.changed");
            return "redirect:/clients/" + id + "/details";
        } catch (DetailChangeRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("request", new DetailChanges.Request(field, "", bank, reason, requestKey));
            return page(access.visible(id), 0, model);
        }
    }

    private String page(Client client, int page, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("bankLink", bankLinks.findByClientId(client.getId()).orElse(null));
        model.addAttribute("fields", DetailField.values());
        model.addAttribute("banks", Bank.values());
        model.addAttribute("history", changes.history(client.getId(), PageRequest.of(Math.max(page, 0), PER_PAGE)));
        return "clients/details";
    }
}
