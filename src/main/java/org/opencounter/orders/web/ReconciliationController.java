package org.opencounter.orders.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.opencounter.orders.order.TradingSession;
import org.opencounter.orders.reconciliation.Reconciliation;
import org.opencounter.orders.reconciliation.ReconciliationUnavailable;
import org.opencounter.orders.reconciliation.TradeBreak;
import org.opencounter.orders.reconciliation.TradeReconciliation;
import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Trade reconciliation (成交对账) for operations: the exchange's trade file of a day against the booked trades, with
 * the breaks listed. The day defaults to the latest one with trades.
 */
@Controller
class ReconciliationController {

    static final int PAGE_SIZE = 50;

    private final TradeReconciliation reconciliation;
    private final TradingSession session;
    private final AuditTrail audit;

    ReconciliationController(TradeReconciliation reconciliation, TradingSession session, AuditTrail audit) {
        this.reconciliation = reconciliation;
        this.session = session;
        this.audit = audit;
    }

    @GetMapping("/orders/reconciliation")
    @Transactional
    String reconcile(@RequestParam Optional<String> day, @RequestParam(defaultValue = "0") int page, Model model) {
        Optional<String> asked = day.map(String::strip).filter(text -> !text.isEmpty());
        LocalDate tradeDate;
        try {
            tradeDate = asked.isPresent() ? LocalDate.parse(asked.get()) : latestTradeDate();
        } catch (DateTimeParseException invalid) {
            model.addAttribute("day", asked.get());
            model.addAttribute("dayError", "orders.reconciliation.day.invalid");
            return "orders/reconciliation";
        }
        model.addAttribute("day", asked.orElse(tradeDate.toString()));
        try {
            Reconciliation result = reconciliation.reconcile(tradeDate);
            int size = result.breaks().size();
            int from = Math.min(Math.max(page, 0) * PAGE_SIZE, size);
            model.addAttribute("result", result);
            model.addAttribute("breaks", new PageImpl<TradeBreak>(result.breaks().subList(from,
                    Math.min(size, from + PAGE_SIZE)), PageRequest.of(Math.max(page, 0), PAGE_SIZE), size));
            audit.record(AuditRecord.view("orders.reconciliation.view", "TradeDate", tradeDate));
        } catch (ReconciliationUnavailable unavailable) {
            model.addAttribute("unavailable", unavailable);
        }
        return "orders/reconciliation";
    }

    /** The day shown when none is asked for: the latest one with trades, else the current trade date. */
    private LocalDate latestTradeDate() {
        LocalDate current = session.tradeDate();
        return reconciliation.latestTradeDate(current).orElse(current);
    }
}
