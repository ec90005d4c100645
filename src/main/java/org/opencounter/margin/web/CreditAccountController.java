package org.opencounter.margin.web;

import jakarta.validation.Valid;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.trading.CreditAccountView;
import org.opencounter.margin.trading.CreditCounter;
import org.opencounter.margin.trading.CreditShares;
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

/**
 * A client's credit account (信用账户) at the counter: its cash, margin available and line, the securities it holds,
 * the debts it owes and every cash movement; and the counter's cash business on it (转入, 转出, 直接还款).
 */
@Controller
@RequestMapping("/margin/accounts")
class CreditAccountController {

    private static final int JOURNAL_PER_PAGE = 15;

    private final MarginContracts contracts;
    private final CreditAccountView view;
    private final CreditCounter desk;
    private final CreditShares shares;
    private final CollateralValuation valuation;
    private final ClientProfiles clients;
    private final DisplayFormat format;

    CreditAccountController(MarginContracts contracts, CreditAccountView view, CreditCounter desk, CreditShares shares,
                            CollateralValuation valuation, ClientProfiles clients, DisplayFormat format) {
        this.contracts = contracts;
        this.view = view;
        this.desk = desk;
        this.shares = shares;
        this.valuation = valuation;
        this.clients = clients;
        this.format = format;
    }

    @GetMapping("/{id}")
    String account(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        view.open(id);
        return show(id, page, model);
    }

    @PostMapping("/{id}/shares")
    String shares(@PathVariable long id, @Valid @ModelAttribute("sharesForm") CreditSharesForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, 0, model);
        }
        try {
            switch (form.getOperation()) {
                case COLLATERAL_IN -> shares.collateralIn(id, form.getCode(), form.getQuantity(), form.getRequestKey());
                case COLLATERAL_OUT -> shares.collateralOut(id, form.getCode(), form.getQuantity(),
                        form.getRequestKey());
                case DIRECT_RETURN -> shares.returnShares(id, form.getCode(), form.getQuantity(),
                        form.getRequestKey());
            }
            Flash.success(redirect, "margin.account.sharesDone." + form.getOperation().name(), form.getQuantity(),
                    form.getCode());
            return "redirect:/margin/accounts/" + id;
        } catch (MarginRefused refused) {
            RefusalErrors.show(errors, refused, format);
            return show(id, 0, model);
        }
    }

    @PostMapping("/{id}/cash")
    String cash(@PathVariable long id, @Valid @ModelAttribute("form") CreditCashForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, 0, model);
        }
        try {
            switch (form.getOperation()) {
                case TRANSFER_IN -> desk.transferIn(id, form.getAmount(), form.getRequestKey());
                case TRANSFER_OUT -> desk.transferOut(id, form.getAmount(), form.getRequestKey());
                case REPAY -> desk.repay(id, form.getAmount(), form.getRequestKey());
            }
            Flash.success(redirect, "margin.account.done." + form.getOperation().name(),
                    format.money(form.getAmount()));
            return "redirect:/margin/accounts/" + id;
        } catch (MarginRefused refused) {
            RefusalErrors.show(errors, refused, format);
            return show(id, 0, model);
        }
    }

    private String show(long id, int page, Model model) {
        MarginContract contract = contracts.visible(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CreditCashForm());
        }
        if (!model.containsAttribute("sharesForm")) {
            model.addAttribute("sharesForm", new CreditSharesForm());
        }
        model.addAttribute("contract", contract);
        model.addAttribute("client", clients.visible(contract.clientId()));
        model.addAttribute("figures", view.figures(contract));
        model.addAttribute("ratio", valuation.of(id).orElse(null));
        model.addAttribute("withdrawable", desk.withdrawable(contract));
        model.addAttribute("holdings", view.holdings(id));
        model.addAttribute("debts", view.openDebts(id));
        model.addAttribute("journal", view.journal(id, PageRequest.of(Math.max(page, 0), JOURNAL_PER_PAGE)));
        model.addAttribute("operations", CreditCashForm.Operation.values());
        model.addAttribute("shareOperations", CreditSharesForm.Operation.values());
        model.addAttribute("canMoveCash", CurrentStaff.require().hasAnyRole(MarginRoles.COUNTER));
        return "margin/account";
    }
}
