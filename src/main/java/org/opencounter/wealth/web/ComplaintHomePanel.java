package org.opencounter.wealth.web;

import java.util.List;
import java.util.Map;

import org.opencounter.platform.HomePanel;
import org.opencounter.platform.HomePanelContributor;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.market.TradingCalendar;
import org.opencounter.wealth.complaint.Complaints;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Complaints past a deadline, on the home page of the branch manager (the branch's) and compliance (all). */
@Component
class ComplaintHomePanel implements HomePanelContributor {

    static final int SHOWN = 8;

    private final Complaints complaints;
    private final TradingCalendar calendar;

    ComplaintHomePanel(Complaints complaints, TradingCalendar calendar) {
        this.complaints = complaints;
        this.calendar = calendar;
    }

    @Override
    public List<HomePanel> panelsFor(StaffPrincipal staff) {
        if (!staff.hasRole(Role.BRANCH_MANAGER) && !staff.hasRole(Role.COMPLIANCE_OFFICER)) {
            return List.of();
        }
        var overdue = complaints.page(new Complaints.Filter(null, null, true, null), PageRequest.of(0, SHOWN));
        return List.of(new HomePanel("wealth.complaint.overdueTitle", "wealth/home-complaints",
                Map.of("complaints", overdue, "today", calendar.today()), 210));
    }
}
