package org.opencounter.clients.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.opencounter.clients.client.AccountManagers;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.InvestorClass;
import org.opencounter.clients.AmlRisk;
import org.opencounter.clients.messaging.ClientMessaging;
import org.opencounter.clients.messaging.MessageForm;
import org.opencounter.clients.messaging.MessageKind;
import org.opencounter.clients.messaging.MessageRefused;
import org.opencounter.clients.messaging.SentMessage;
import org.opencounter.platform.CurrentStaff;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The market information service: the outbox, a new message to a client or a segment, and who received what. */
@Controller
@RequestMapping("/clients/messages")
class MessageController {

    private static final String FORM = "clients/message-form";

    private final ClientMessaging messaging;
    private final ClientAccess access;
    private final AccountManagers accountManagers;

    MessageController(ClientMessaging messaging, ClientAccess access, AccountManagers accountManagers) {
        this.messaging = messaging;
        this.access = access;
        this.accountManagers = accountManagers;
    }

    @GetMapping
    String outbox(@PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("page", messaging.history(pageable));
        return "clients/messages";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long client, Model model) {
        MessageForm form = new MessageForm();
        form.setRequestKey(UUID.randomUUID().toString());
        if (client != null) {
            model.addAttribute("recipient", access.visible(client));
            form.setClientId(client);
        }
        model.addAttribute("form", form);
        return choices(model);
    }

    @PostMapping("/new")
    String send(@Valid @ModelAttribute("form") MessageForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (form.getClientId() != null) {
            model.addAttribute("recipient", access.visible(form.getClientId()));
        }
        if (errors.hasErrors()) {
            return choices(model);
        }
        try {
            long id = messaging.send(form);
            Flash.success(redirect, "clients.message.sent");
            return "redirect:/clients/messages/" + id;
        } catch (MessageRefused refused) {
            errors.reject(refused.messageKey());
            return choices(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @PageableDefault(size = 20) Pageable pageable, Model model) {
        SentMessage message = messaging.message(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("message", message);
        model.addAttribute("page", messaging.deliveries(id, pageable));
        return "clients/message-detail";
    }

    private String choices(Model model) {
        model.addAttribute("kinds", MessageKind.WRITTEN_BY_STAFF);
        model.addAttribute("amlRisks", AmlRisk.values());
        model.addAttribute("investorClasses", InvestorClass.values());
        model.addAttribute("owners", accountManagers.of(CurrentStaff.require().branchId()));
        return FORM;
    }
}
