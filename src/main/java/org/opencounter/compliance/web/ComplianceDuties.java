package org.opencounter.compliance.web;

import java.util.ArrayList;
import java.util.List;

import org.opencounter.compliance.conduct.Attestations;
import org.opencounter.compliance.regulation.Policies;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.DashboardCard;
import org.opencounter.platform.DashboardContributor;
import org.opencounter.platform.DisplayFormat;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What compliance asks of every staff member, on their home page while it is outstanding: policy changes to
 * acknowledge, policy tasks (red when one is overdue), and the year's conduct attestation to sign.
 */
@Component
class ComplianceDuties implements DashboardContributor {

    private final Policies policies;
    private final Attestations attestations;
    private final TradingCalendar calendar;
    private final DisplayFormat format;
    private final MessageSource messages;

    ComplianceDuties(Policies policies, Attestations attestations, TradingCalendar calendar, DisplayFormat format,
                     MessageSource messages) {
        this.policies = policies;
        this.attestations = attestations;
        this.calendar = calendar;
        this.format = format;
        this.messages = messages;
    }

    @Override
    public List<DashboardCard> cardsFor(StaffPrincipal staff) {
        List<DashboardCard> cards = new ArrayList<>();
        long unacknowledged = policies.unacknowledged(staff.id());
        if (unacknowledged > 0) {
            cards.add(new DashboardCard("compliance.duty.acknowledge", format.number(unacknowledged),
                    "/compliance/acknowledgements", "check2-square", "warning", 900));
        }
        long[] tasks = policies.openTasks(staff.id(), calendar.today());
        if (tasks[0] > 0) {
            cards.add(new DashboardCard("compliance.duty.tasks", format.number(tasks[0]), "/compliance/my-tasks",
                    "list-task", tasks[1] > 0 ? "danger" : "warning", 910));
        }
        attestations.unsignedBy(staff.id()).ifPresent(round -> cards.add(new DashboardCard(
                "compliance.duty.attestation", messages.getMessage("compliance.duty.attestationDue",
                new Object[] {format.date(round.dueOn())}, LocaleContextHolder.getLocale()),
                "/compliance/declarations", "pen", "danger", 920)));
        return cards;
    }
}
