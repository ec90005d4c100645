package org.opencounter.margin.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.monitor.ContractRatio;
import org.opencounter.margin.monitor.MarginCall;
import org.opencounter.margin.monitor.MarginCalls;
import org.opencounter.platform.HomePanel;
import org.opencounter.platform.HomePanelContributor;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.stereotype.Component;

/** The open margin calls on the risk officer's home page, those due for liquidation first. */
@Component
class MarginCallPanel implements HomePanelContributor {

    static final int SHOWN = 8;

    private final MarginCalls calls;
    private final CollateralValuation valuation;

    MarginCallPanel(MarginCalls calls, CollateralValuation valuation) {
        this.calls = calls;
        this.valuation = valuation;
    }

    @Override
    public List<HomePanel> panelsFor(StaffPrincipal staff) {
        if (!staff.hasRole(Role.RISK_OFFICER)) {
            return List.of();
        }
        Map<Long, MarginCall> standing = calls.standing();
        List<ContractRatio> called = valuation.of(standing.keySet()).stream()
                .sorted(Comparator.comparing((ContractRatio r) -> !standing.get(r.contractId()).liquidationDue()))
                .limit(SHOWN).toList();
        return List.of(new HomePanel("margin.call.homeTitle", "margin/home-calls",
                Map.of("ratios", called, "calls", standing), 140));
    }
}
