package org.opencounter.margin.web;

import org.opencounter.clients.ClientProfiles;
import org.opencounter.margin.credit.MarginContract;
import org.opencounter.margin.credit.MarginContracts;
import org.opencounter.margin.liquidation.Liquidation;
import org.opencounter.margin.liquidation.Liquidations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A forced liquidation plan's page (强制平仓方案): the position it was worked out on, the cash repayment and the
 * sales with what they are expected to bring, and, once approved, how its orders went. Plans are proposed from the
 * contract page.
 */
@Controller
class LiquidationController {

    private final Liquidations liquidations;
    private final MarginContracts contracts;
    private final ClientProfiles clients;

    LiquidationController(Liquidations liquidations, MarginContracts contracts, ClientProfiles clients) {
        this.liquidations = liquidations;
        this.contracts = contracts;
        this.clients = clients;
    }

    @GetMapping("/margin/liquidations/{id}")
    String plan(@PathVariable long id, Model model) {
        Liquidation plan = liquidations.refresh(liquidations.visible(id).id());
        MarginContract contract = contracts.visible(plan.contractId());
        model.addAttribute("plan", plan);
        model.addAttribute("contract", contract);
        model.addAttribute("client", clients.visible(contract.clientId()));
        model.addAttribute("sales", liquidations.sales(id));
        return "margin/liquidation";
    }
}
