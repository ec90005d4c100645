package org.opencounter.margin.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opencounter.clients.ClientPanel;
import org.opencounter.clients.ClientPanelView;
import org.opencounter.clients.ClientRef;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.monitor.CollateralValuation;
import org.opencounter.margin.trading.CreditAccountView;
import org.opencounter.platform.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * The client 360 page's margin panel, for clients with a live contract: the contract, the ratio and its band, the
 * credit cash, the margin available and the financing owed, with the way to the credit account.
 */
@Component
class MarginClientPanel implements ClientPanel {

    private final MarginContracts contracts;
    private final CreditAccountView view;
    private final CollateralValuation valuation;

    MarginClientPanel(MarginContracts contracts, CreditAccountView view, CollateralValuation valuation) {
        this.contracts = contracts;
        this.view = view;
        this.valuation = valuation;
    }

    @Override
    public Optional<ClientPanelView> panelFor(ClientRef client) {
        if (!CurrentStaff.require().hasAnyRole(MarginRoles.ACCOUNT_READERS)) {
            return Optional.empty();
        }
        return contracts.live(client.id()).map(contract -> {
            Map<String, Object> model = new HashMap<>();
            model.put("contract", contract);
            model.put("figures", view.figures(contract));
            model.put("ratio", valuation.of(contract.id()).orElse(null));
            return new ClientPanelView("margin.panel.title", "margin/client-panel", model, 30);
        });
    }
}
