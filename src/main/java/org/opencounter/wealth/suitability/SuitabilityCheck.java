package org.opencounter.wealth.suitability;

import java.util.Optional;

import org.opencounter.market.SecurityType;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.opencounter.orders.Side;
import org.opencounter.wealth.product.Product;
import org.opencounter.wealth.product.ProductCatalogue;
import org.springframework.stereotype.Component;

/**
 * Suitability before a buy of a listed fund the catalogue rates: forbidden refuses the order with the rule's reason;
 * a mismatch passes only once the client has confirmed its warning under their current assessment. Stocks, sells
 * and funds the catalogue does not list are not this check's business.
 */
@Component
class SuitabilityCheck implements PreTradeCheck {

    private final ProductCatalogue catalogue;
    private final PurchaseClearance clearances;

    SuitabilityCheck(ProductCatalogue catalogue, PurchaseClearance clearances) {
        this.catalogue = catalogue;
        this.clearances = clearances;
    }

    @Override
    public String code() {
        return "SUITABILITY";
    }

    @Override
    public int position() {
        return 800;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        SecurityType type = ticket.instrument().type();
        if (ticket.side() != Side.BUY || (type != SecurityType.ETF && type != SecurityType.LOF)) {
            return CheckVerdict.pass();
        }
        Optional<Product> product = catalogue.listedFund(ticket.instrument().code());
        if (product.isEmpty()) {
            return CheckVerdict.pass();
        }
        PurchaseClearance.Clearance clearance = clearances.clear(ticket.account().clientId(),
                ticket.account().professional(), product.get());
        if (clearance.refused()) {
            return CheckVerdict.reject("wealth.check." + clearance.refusal(), clearance.figures().toArray());
        }
        return CheckVerdict.pass();
    }
}
