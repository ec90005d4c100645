package org.opencounter.orders.web;

import java.time.LocalDate;
import java.util.Optional;

import org.opencounter.clients.TradingAccount;
import org.opencounter.clients.TradingAccounts;
import org.opencounter.orders.order.TradingSession;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Trade history (历史成交查询): the branch's trades over a range of trade dates, narrowed to a client or a security.
 * Looking up one client's trades is a sensitive view and goes in the audit trail.
 */
@Controller
class TradeHistoryController {

    static final int PAGE_SIZE = 20;
    /** The range shown when none is asked for: the last 30 calendar days. */
    static final int DEFAULT_DAYS = 30;
    /** The widest range one query may cover. */
    static final int MAX_DAYS = 366;

    private final OrderBlotter blotter;
    private final TradingAccounts accounts;
    private final TradingSession session;
    private final AuditTrail audit;

    TradeHistoryController(OrderBlotter blotter, TradingAccounts accounts, TradingSession session, AuditTrail audit) {
        this.blotter = blotter;
        this.accounts = accounts;
        this.session = session;
        this.audit = audit;
    }

    @GetMapping("/orders/trades")
    @Transactional
    String history(@RequestParam Optional<String> account, @RequestParam Optional<String> code,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate last = to.orElse(session.tradeDate());
        LocalDate first = from.orElse(last.minusDays(DEFAULT_DAYS));
        if (first.isAfter(last)) {
            model.addAttribute("rangeError", "orders.trades.range.reversed");
            first = last;
        } else if (first.isBefore(last.minusDays(MAX_DAYS))) {
            model.addAttribute("rangeError", "orders.trades.range.tooWide");
            first = last.minusDays(MAX_DAYS);
        }
        Optional<String> number = account.map(String::strip).filter(a -> !a.isEmpty());
        Optional<TradingAccount> client = number.flatMap(accounts::visibleByFundAccount);
        if (number.isPresent() && client.isEmpty()) {
            model.addAttribute("accountError", "orders.form.account.unknown");
        }
        Long clientId = number.isEmpty() ? null : client.map(TradingAccount::clientId).orElse(-1L);
        client.ifPresent(c -> audit.record(AuditRecord.view("orders.trades.view", "Client", c.clientId())));
        OrderBlotter.Filter filter = new OrderBlotter.Filter(CurrentStaff.require().scopedBranchId(), first, last,
                clientId, code.map(String::strip).filter(c -> !c.isEmpty()).orElse(null), null, null);
        Page<TradeRow> trades = blotter.trades(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("trades", trades);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        return "orders/trades";
    }
}
