package org.opencounter.wealth.web;

import java.math.BigDecimal;
import java.util.List;

import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.Flash;
import org.opencounter.platform.Organisation;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.wealth.target.SalesTargets;
import org.opencounter.wealth.target.TargetMetric;
import org.opencounter.wealth.target.TargetPeriod;
import org.opencounter.wealth.target.TargetProgress;
import org.opencounter.wealth.target.TargetRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sales targets and performance (销售目标与业绩): the period's targets against what was sold, opened and held. */
@Controller
@RequestMapping("/wealth/targets")
class TargetController {

    private final SalesTargets targets;
    private final Organisation organisation;
    private final TradingCalendar calendar;

    TargetController(SalesTargets targets, Organisation organisation, TradingCalendar calendar) {
        this.targets = targets;
        this.organisation = organisation;
        this.calendar = calendar;
    }

    @GetMapping
    String page(@RequestParam(required = false) String period, Model model) {
        TargetPeriod shown = period == null || TargetPeriod.parse(period) == null
                ? TargetPeriod.monthOf(calendar.today()) : TargetPeriod.parse(period);
        StaffPrincipal me = CurrentStaff.require();
        List<TargetProgress> progress = targets.progress(shown);
        model.addAttribute("period", shown);
        model.addAttribute("progress", progress);
        model.addAttribute("metrics", TargetMetric.values());
        model.addAttribute("canSet", me.hasRole(Role.BRANCH_MANAGER));
        model.addAttribute("staff", me.hasRole(Role.BRANCH_MANAGER) ? java.util.stream.Stream.of(
                Role.ACCOUNT_MANAGER, Role.WEALTH_ADVISER, Role.COUNTER_CLERK)
                .flatMap(role -> organisation.activeStaff(me.branchId(), role).stream()).distinct().toList()
                : List.of());
        model.addAttribute("chartAchieved", progress.stream()
                .map(p -> p.achieved().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP)
                        .toPlainString()).toList());
        return "wealth/targets";
    }

    @PostMapping
    String set(@RequestParam String period, @RequestParam(required = false) Long staffId,
               @RequestParam(defaultValue = "false") boolean forBranch,
               @RequestParam(required = false) TargetMetric metric,
               @RequestParam(required = false) BigDecimal target, RedirectAttributes redirect) {
        try {
            targets.set(new SalesTargets.Setting(TargetPeriod.parse(period), staffId, forBranch, metric, target));
            Flash.success(redirect, "wealth.target.saved");
        } catch (TargetRefused refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/wealth/targets?period=" + (TargetPeriod.parse(period) == null ? "" : period);
    }
}
