package org.opencounter.compliance.web;

import java.util.List;
import java.util.Map;

import org.opencounter.compliance.aml.AmlAlerts;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.HomePanel;
import org.opencounter.platform.HomePanelContributor;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.stereotype.Component;

/** The open AML alerts by rule and the large-value reports past due, on the compliance officer's home page. */
@Component
class AmlHomePanel implements HomePanelContributor {

    private final AmlAlerts alerts;
    private final TradingCalendar calendar;

    AmlHomePanel(AmlAlerts alerts, TradingCalendar calendar) {
        this.alerts = alerts;
        this.calendar = calendar;
    }

    @Override
    public List<HomePanel> panelsFor(StaffPrincipal staff) {
        if (!staff.hasRole(Role.COMPLIANCE_OFFICER)) {
            return List.of();
        }
        return List.of(new HomePanel("compliance.home.title", "compliance/home-alerts",
                Map.of("openByRule", alerts.openByRule(), "overdue", alerts.overdue(calendar.today())), 200));
    }
}
