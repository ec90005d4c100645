package org.opencounter.orders.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.market.LatestPrices;
import org.opencounter.market.Securities;
import org.opencounter.orders.CreditTrade;
import org.opencounter.orders.OrderEntry;
import org.opencounter.orders.OrderNotCancellable;
import org.opencounter.orders.OrderNotFound;
import org.opencounter.orders.OrderReceipt;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.OrderType;
import org.opencounter.orders.Side;
import org.opencounter.orders.UnknownSecurity;
import org.opencounter.orders.order.Order;
import org.opencounter.orders.order.OrderJournal;
import org.opencounter.orders.order.OrderRepository;
import org.opencounter.orders.order.TradingSession;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

/** Order entry at the counter (柜台委托), the day's blotter that follows the fills live, and each order's record. */
@Controller
@RequestMapping("/orders")
class OrderController {

    private static final String FORM = "orders/entry";
    private static final int PAGE_SIZE = 20;

    private final OrderEntry entry;
    private final TradingAccounts accounts;
    private final Securities securities;
    private final OrderRepository orders;
    private final OrderJournal journal;
    private final OrderBlotter blotter;
    private final TradingSession session;
    private final LatestPrices prices;

    OrderController(OrderEntry entry, TradingAccounts accounts, Securities securities, OrderRepository orders,
                    OrderJournal journal, OrderBlotter blotter, TradingSession session, LatestPrices prices) {
        this.entry = entry;
        this.accounts = accounts;
        this.securities = securities;
        this.orders = orders;
        this.journal = journal;
        this.blotter = blotter;
        this.session = session;
        this.prices = prices;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("sides", Side.values());
        model.addAttribute("creditTrades", CreditTrade.values());
        model.addAttribute("types", OrderType.values());
        model.addAttribute("alwaysOpen", session.alwaysOpen());
    }

    @GetMapping("/new")
    String form(@RequestParam Optional<Long> clientId, @RequestParam Optional<String> code,
                @RequestParam Optional<Side> side, Model model) {
        OrderForm form = new OrderForm();
        form.setRequestKey(UUID.randomUUID().toString());
        clientId.ifPresent(id -> form.setAccount(accounts.visible(id).fundAccountNumber()));
        code.ifPresent(form::setCode);
        code.flatMap(securities::find).ifPresent(instrument -> prices.quote(instrument.code()).ifPresent(quote ->
                form.setPrice(quote.price().setScale(instrument.priceScale(), java.math.RoundingMode.HALF_UP))));
        side.ifPresent(form::setSide);
        model.addAttribute("form", form);
        preview(form, model);
        return FORM;
    }

    /** The ticket's live panel: prices, band, cash, shares and the estimated fees as the fields change. */
    @GetMapping("/new/preview")
    String previewPanel(@ModelAttribute("form") OrderForm form, Model model) {
        preview(form, model);
        return FORM + " :: preview";
    }

    @GetMapping("/new/securities")
    String securities(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("matches", securities.search(code, 10));
        return FORM + " :: suggestions";
    }

    @PostMapping
    String place(@Valid @ModelAttribute("form") OrderForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Optional<TradingAccount> account = account(form, errors);
        if (errors.hasErrors() || account.isEmpty()) {
            preview(form, model);
            return FORM;
        }
        try {
            OrderReceipt receipt = entry.place(form.toCommand(account.get().clientId()));
            if (receipt.rejected()) {
                errors.reject(receipt.rejectionKey(), receipt.figures().toArray(), null);
                model.addAttribute("rejectedOrderId", receipt.orderId());
                form.setRequestKey(UUID.randomUUID().toString());
                preview(form, model);
                return FORM;
            }
            if (receipt.duplicate()) {
                Flash.warning(redirect, "orders.entry.duplicate", receipt.clientOrderId());
            } else {
                Flash.success(redirect, "orders.entry.placed." + receipt.status().name(), receipt.clientOrderId());
            }
            return "redirect:/orders/" + receipt.orderId();
        } catch (UnknownSecurity unknown) {
            errors.rejectValue("code", "orders.form.code.unknown");
            preview(form, model);
            return FORM;
        }
    }

    @GetMapping
    String blotter(@RequestParam Optional<String> account, @RequestParam Optional<String> code,
                   @RequestParam Optional<OrderStatus> status, @RequestParam Optional<String> placedBy,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        rows(account, code, status, placedBy, page, model);
        model.addAttribute("statuses", OrderStatus.values());
        return "orders/blotter";
    }

    /** The blotter's tables alone, polled by the page every few seconds. */
    @GetMapping("/rows")
    String rows(@RequestParam Optional<String> account, @RequestParam Optional<String> code,
                @RequestParam Optional<OrderStatus> status, @RequestParam Optional<String> placedBy,
                @RequestParam(defaultValue = "0") int page, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        Long clientId = account.filter(a -> !a.isBlank())
                .map(a -> accounts.visibleByFundAccount(a).map(TradingAccount::clientId).orElse(-1L)).orElse(null);
        OrderBlotter.Filter filter = OrderBlotter.Filter.day(me.scopedBranchId(),
                session.tradeDate(), clientId, code.filter(c -> !c.isBlank()).orElse(null),
                status.map(Enum::name).orElse(null), placedBy.filter(p -> !p.isBlank()).orElse(null));
        Pageable pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("page", blotter.orders(filter, pageable));
        model.addAttribute("trades", blotter.trades(filter, PageRequest.of(0, PAGE_SIZE)));
        model.addAttribute("tradeDate", filter.from());
        return "orders/blotter :: rows";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Order order = orders.findById(id).orElseThrow(() -> new OrderNotFound(id));
        model.addAttribute("client", accounts.visible(order.getClientId()));
        model.addAttribute("order", order);
        model.addAttribute("security", securities.find(order.getCode()).orElseThrow());
        model.addAttribute("checks", journal.checks(id));
        model.addAttribute("history", journal.history(id));
        model.addAttribute("trades", blotter.tradesOf(id));
        return "orders/detail";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            OrderStatus status = entry.cancel(id);
            Flash.success(redirect, "orders.cancel.done." + status.name());
        } catch (OrderNotCancellable notCancellable) {
            Flash.error(redirect, "orders.cancel.notCancellable");
        }
        return "redirect:/orders/" + id;
    }

    private Optional<TradingAccount> account(OrderForm form, BindingResult errors) {
        if (form.getAccount() == null || form.getAccount().isBlank()) {
            return Optional.empty();
        }
        Optional<TradingAccount> account = accounts.visibleByFundAccount(form.getAccount());
        if (account.isEmpty()) {
            errors.rejectValue("account", "orders.form.account.unknown");
        }
        return account;
    }

    private void preview(OrderForm form, Model model) {
        Optional<TradingAccount> account = form.getAccount() == null || form.getAccount().isBlank() ? Optional.empty()
                : accounts.visibleByFundAccount(form.getAccount());
        model.addAttribute("account", account.orElse(null));
        Optional<OrderTicket> ticket = Optional.empty();
        if (account.isPresent() && form.getCode() != null && form.getCode().matches("\\d{6}")
                && securities.find(form.getCode()).isPresent()) {
            ticket = Optional.of(entry.preview(form.toPreview(account.get().clientId())));
        }
        model.addAttribute("ticket", ticket.orElse(null));
        model.addAttribute("offeredTypes", ticket.map(t -> OrderType.acceptedFor(t.instrument().exchange(),
                t.instrument().board())).map(List::copyOf).orElse(Arrays.asList(OrderType.values())));
    }
}
