package org.opencounter.wealth.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientPanel;
import org.opencounter.clients.ClientPanelView;
import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.ClientProfiles;
import org.opencounter.clients.ClientRef;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.StaffPrincipal;
import org.opencounter.wealth.SuitabilityEngine;
import org.opencounter.wealth.SuitabilityVerdict;
import org.opencounter.wealth.assessment.RiskAssessments;
import org.opencounter.wealth.complaint.Complaints;
import org.opencounter.wealth.needs.GoalStatus;
import org.opencounter.wealth.sales.ProductHolding;
import org.opencounter.wealth.sales.ProductSales;
import org.opencounter.wealth.needs.NeedsAnalysis;
import org.opencounter.wealth.product.ProductCatalogue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The client 360 page's wealth panel: the risk category and until when it holds, the life-cycle stage, the active
 * goals, the catalogue products held, the open complaints and the latest suitability verdicts.
 */
@Component
class WealthClientPanel implements ClientPanel {

    static final int RECENT_VERDICTS = 3;

    private final RiskAssessments assessments;
    private final SuitabilityEngine engine;
    private final ProductCatalogue catalogue;
    private final TradingCalendar calendar;
    private final ClientProfiles clients;
    private final NeedsAnalysis needs;
    private final Complaints complaints;
    private final ProductSales sales;

    WealthClientPanel(RiskAssessments assessments, SuitabilityEngine engine, ProductCatalogue catalogue,
                      TradingCalendar calendar, ClientProfiles clients, NeedsAnalysis needs, Complaints complaints,
                      ProductSales sales) {
        this.complaints = complaints;
        this.sales = sales;
        this.clients = clients;
        this.needs = needs;
        this.assessments = assessments;
        this.engine = engine;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    @Override
    public Optional<ClientPanelView> panelFor(ClientRef client) {
        StaffPrincipal me = CurrentStaff.require();
        if (!me.hasAnyRole(WealthRoles.READERS)) {
            return Optional.empty();
        }
        Page<SuitabilityVerdict> verdicts = engine.verdicts(client.id(), PageRequest.of(0, RECENT_VERDICTS));
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", client.id());
        model.put("latest", assessments.latest(client.id()).orElse(null));
        model.put("today", calendar.today());
        model.put("verdicts", verdicts.getContent());
        model.put("products", catalogue.byIds(verdicts.map(SuitabilityVerdict::productId).toList()));
        model.put("canAssess", me.hasAnyRole(WealthRoles.ADVISERS));
        ClientProfile profile = clients.visible(client.id());
        model.put("stage", needs.stage(profile, needs.household(client.id())));
        model.put("openComplaints", complaints.openCount(client.id()));
        model.put("productsValue", sales.holdings(client.id()).stream().map(ProductHolding::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        model.put("activeGoals", needs.goals(client.id()).stream()
                .filter(goal -> goal.status() == GoalStatus.ACTIVE).count());
        return Optional.of(new ClientPanelView("wealth.panel.title", "wealth/client-panel", model, 20));
    }
}
