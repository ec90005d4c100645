package org.opencounter.orders.web;

import java.time.LocalDate;
import java.util.Optional;

import org.opencounter.orders.order.TradingSession;
import org.opencounter.orders.settlement.Settlement;
import org.opencounter.orders.settlement.SettlementRefused;
import org.opencounter.orders.settlement.SettlementRun;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operations' end-of-day page: start a trade date's settlement, follow its steps, read its figures. */
@Controller
@RequestMapping("/orders/settlement")
class SettlementController {

    private final Settlement settlement;
    private final TradingSession session;
    private final TaskExecutor executor;

    SettlementController(Settlement settlement, TradingSession session,
                         @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.settlement = settlement;
        this.session = session;
        this.executor = executor;
    }

    @GetMapping
    String runs(@RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate tradeDate = session.tradeDate();
        model.addAttribute("runs", settlement.runs(PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("pending", settlement.pending(tradeDate));
        model.addAttribute("tradeDate", tradeDate);
        model.addAttribute("canRun", CurrentStaff.require().hasAnyRole(OrderRoles.SETTLERS));
        return "orders/settlement";
    }

    @PostMapping
    String start(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tradeDate,
                 RedirectAttributes redirect) {
        String actor = CurrentStaff.require().username();
        try {
            SettlementRun run = settlement.start(tradeDate, actor);
            if (run.completed()) {
                Flash.warning(redirect, "orders.settlement.alreadySettled", tradeDate);
            } else {
                executor.execute(() -> settlement.execute(tradeDate, actor));
                Flash.success(redirect, "orders.settlement.started", tradeDate);
            }
            return "redirect:/orders/settlement/" + tradeDate;
        } catch (SettlementRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/orders/settlement";
        }
    }

    @GetMapping("/{day}")
    String run(@PathVariable("day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tradeDate,
               Model model) {
        model.addAttribute("run", found(settlement.run(tradeDate)));
        return "orders/settlement-run";
    }

    /** The run's progress and figures alone, polled by the page while it runs. */
    @GetMapping("/{day}/progress")
    String progress(@PathVariable("day") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tradeDate,
                    Model model) {
        model.addAttribute("run", found(settlement.run(tradeDate)));
        return "orders/settlement-run :: progress";
    }

    private static SettlementRun found(Optional<SettlementRun> run) {
        return run.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }
}
