package org.opencounter.margin.web;

import java.util.List;
import java.util.Map;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.market.TradingCalendar;
import org.opencounter.platform.HomePanel;
import org.opencounter.platform.HomePanelContributor;
import org.opencounter.platform.Role;
import org.opencounter.platform.StaffPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Contracts expiring within 30 days, on the credit officer's home page, to renew or wind down in time. */
@Component
class ContractExpiryPanel implements HomePanelContributor {

    static final int WITHIN_DAYS = 30;
    static final int SHOWN = 8;

    private final MarginContracts contracts;
    private final ClientProfiles clients;
    private final TradingCalendar calendar;

    ContractExpiryPanel(MarginContracts contracts, ClientProfiles clients, TradingCalendar calendar) {
        this.contracts = contracts;
        this.clients = clients;
        this.calendar = calendar;
    }

    @Override
    public List<HomePanel> panelsFor(StaffPrincipal staff) {
        if (!staff.hasRole(Role.CREDIT_OFFICER)) {
            return List.of();
        }
        Page<MarginContract> expiring = contracts.page(new MarginContracts.Filter(null, WITHIN_DAYS),
                PageRequest.of(0, SHOWN));
        return List.of(new HomePanel("margin.contract.expiringTitle", "margin/home-expiring",
                Map.of("contracts", expiring, "names", clients.names(expiring.map(MarginContract::clientId).toSet()),
                        "today", calendar.today(), "within", WITHIN_DAYS), 150));
    }
}
