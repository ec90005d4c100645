package org.opencounter.clients.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.opencounter.clients.client.BankLinkRepository;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.clients.ledger.BankTransfers;
import org.opencounter.clients.CashBalances;
import org.opencounter.clients.ledger.CashLedger;
import org.opencounter.clients.ledger.JournalCorrections;
import org.opencounter.clients.ledger.TransferDirection;
import org.opencounter.clients.ledger.TransferReceipt;
import org.opencounter.clients.ledger.TransferRefused;
import org.opencounter.platform.Flash;
import org.opencounter.platform.DisplayFormat;
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

/** Bank transfers in and out (银证转账) at the counter. */
@Controller
@RequestMapping("/clients/{id}/transfer")
class TransferController {

    private static final String FORM = "clients/transfer";

    private final ClientAccess access;
    private final FundAccountRepository fundAccounts;
    private final BankLinkRepository bankLinks;
    private final CashLedger ledger;
    private final BankTransfers transfers;
    private final DisplayFormat format;
    private final JournalCorrections corrections;

    TransferController(ClientAccess access, FundAccountRepository fundAccounts, BankLinkRepository bankLinks,
                       CashLedger ledger, BankTransfers transfers, DisplayFormat format,
                       JournalCorrections corrections) {
        this.corrections = corrections;
        this.access = access;
        this.fundAccounts = fundAccounts;
        this.bankLinks = bankLinks;
        this.ledger = ledger;
        this.transfers = transfers;
        this.format = format;
    }

    @ModelAttribute
    void context(@PathVariable long id, Model model) {
        Client client = access.visible(id);
        model.addAttribute("client", client);
        model.addAttribute("directions", TransferDirection.values());
        model.addAttribute("bankLink", bankLinks.findByClientId(id).orElse(null));
        var account = fundAccounts.findByClientId(id);
        model.addAttribute("account", account.orElse(null));
        model.addAttribute("balances", account.map(a -> ledger.balances(a.getId())).orElse(CashBalances.NONE));
    }

    @GetMapping
    String form(Model model) {
        TransferForm form = new TransferForm();
        form.setRequestKey(UUID.randomUUID().toString());
        model.addAttribute("form", form);
        return FORM;
    }

    /** Asks a branch manager to approve reversing one of the client's journal entries. */
    @PostMapping("/reversal")
    String requestReversal(@PathVariable long id, @RequestParam long entryId,
                           @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            corrections.requestReversal(id, entryId, reason.length() > 200 ? reason.substring(0, 200) : reason);
            Flash.success(redirect, "clients.reversal.requested");
        } catch (TransferRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.figures(format));
        }
        return "redirect:/clients/" + id;
    }

    @PostMapping
    String transfer(@PathVariable long id, @Valid @ModelAttribute("form") TransferForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            TransferReceipt receipt = transfers.transfer(id, form.getDirection(), form.getAmount(), form.getRequestKey());
            if (receipt.repeated()) {
                Flash.warning(redirect, "clients.transfer.repeated");
            } else {
                Flash.success(redirect, "clients.transfer.done." + form.getDirection().name(),
                        format.money(receipt.amount()));
            }
            return "redirect:/clients/" + id;
        } catch (TransferRefused refused) {
            errors.rejectValue("amount", refused.messageKey(), refused.figures(format), null);
            return FORM;
        }
    }
}
