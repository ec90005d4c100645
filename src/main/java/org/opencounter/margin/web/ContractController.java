package org.opencounter.margin.web;

import java.util.List;
import java.util.Optional;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.margin.MarginRefused;
import org.opencounter.margin.credit.ContractChangeKind;
import org.opencounter.margin.credit.ContractChanges;
import org.opencounter.margin.credit.ContractStatus;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.RatioBand;
import org.opencounter.margin.liquidation.Liquidation;
import org.opencounter.margin.liquidation.Liquidations;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.opencounter.margin.monitor.MarginCall;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.margin.monitor.RatioHistory;
import org.opencounter.market.TradingCalendar;
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

/**
 * Margin contracts (融资融券合同): the list, soonest expiry first, and one contract with its credit accounts, its
 * changes and the credit officer's proposal of a new one.
 */
@Controller
@RequestMapping("/margin/contracts")
class ContractController {

    private static final int PER_PAGE = 20;
    private static final int CHANGES_PER_PAGE = 10;
    private static final int HISTORY_DAYS = 90;

    private final MarginContracts contracts;
    private final ContractChanges changes;
    private final CollateralValuation valuation;
    private final RatioHistory history;
    private final MarginCalls calls;
    private final Liquidations liquidations;
    private final ClientProfiles clients;
    private final TradingCalendar calendar;
    private final DisplayFormat format;

    ContractController(MarginContracts contracts, ContractChanges changes, CollateralValuation valuation,
                       RatioHistory history, MarginCalls calls, Liquidations liquidations, ClientProfiles clients,
                       TradingCalendar calendar, DisplayFormat format) {
        this.liquidations = liquidations;
        this.contracts = contracts;
        this.changes = changes;
        this.valuation = valuation;
        this.history = history;
        this.calls = calls;
        this.clients = clients;
        this.calendar = calendar;
        this.format = format;
    }

    @GetMapping
    String list(@RequestParam(required = false) ContractStatus status,
                @RequestParam(required = false) Integer expiring, @RequestParam(defaultValue = "0") int page,
                Model model) {
        Integer within = expiring == null ? null : Math.max(0, Math.min(expiring, 366));
        Page<MarginContract> shown = contracts.page(new MarginContracts.Filter(status, within),
                PageRequest.of(Math.max(page, 0), PER_PAGE));
        model.addAttribute("contracts", shown);
        model.addAttribute("names", clients.names(shown.map(MarginContract::clientId).toSet()));
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("today", calendar.today());
        return "margin/contracts";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int changesPage, Model model) {
        return show(id, changesPage, model);
    }

    /** A risk officer proposes a forced liquidation; the plan goes to another risk officer for approval. */
    @PostMapping("/{id}/liquidations")
    String liquidate(@PathVariable long id, @ModelAttribute("liquidationForm") LiquidationForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            long plan = liquidations.propose(id, form.getReason(), form.getRequestKey());
            Flash.success(redirect, "margin.liquidation.proposed");
            return "redirect:/margin/liquidations/" + plan;
        } catch (MarginRefused refused) {
            RefusalErrors.show(errors, refused, format);
            return show(id, 0, model);
        }
    }

    @PostMapping("/{id}/changes")
    String propose(@PathVariable long id, @ModelAttribute("form") ContractChangeForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(id, 0, model);
        }
        try {
            changes.propose(id, form.proposal());
            Flash.success(redirect, "margin.change.submitted");
            return "redirect:/margin/contracts/" + id;
        } catch (MarginRefused refused) {
            RefusalErrors.show(errors, refused, format);
            return show(id, 0, model);
        }
    }

    private String show(long id, int changesPage, Model model) {
        MarginContract contract = contracts.visible(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ContractChangeForm());
        }
        if (!model.containsAttribute("liquidationForm")) {
            model.addAttribute("liquidationForm", new LiquidationForm());
        }
        model.addAttribute("contract", contract);
        model.addAttribute("client", clients.visible(contract.clientId()));
        model.addAttribute("today", calendar.today());
        model.addAttribute("changes", changes.history(id, PageRequest.of(Math.max(changesPage, 0),
                CHANGES_PER_PAGE)));
        model.addAttribute("pendingChange", changes.pending(id).orElse(null));
        model.addAttribute("kinds", ContractChangeKind.PROPOSED);
        Optional<ContractRatio> ratio = valuation.of(id);
        model.addAttribute("ratio", ratio.orElse(null));
        List<MarginCall> contractCalls = calls.of(id);
        model.addAttribute("calls", contractCalls);
        List<Liquidation> plans = liquidations.of(id);
        model.addAttribute("liquidations", plans);
        boolean due = ratio.map(r -> r.band() == RatioBand.LIQUIDATION).orElse(false)
                || contractCalls.stream().anyMatch(MarginCall::liquidationDue);
        model.addAttribute("canLiquidate", due && plans.stream().noneMatch(Liquidation::open)
                && CurrentStaff.require().hasAnyRole(MarginRoles.LIQUIDATORS));
        List<RatioHistory.Point> points = history.since(id, calendar.today().minusDays(HISTORY_DAYS));
        model.addAttribute("historyDays", points.stream().map(point -> point.day().toString()).toList());
        model.addAttribute("historyRatios", points.stream().map(point -> point.ratio() == null ? ""
                : point.ratio().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                .toList());
        model.addAttribute("canPropose", contract.live()
                && CurrentStaff.require().hasAnyRole(MarginRoles.CREDIT_OFFICERS));
        return "margin/contract";
    }
}
