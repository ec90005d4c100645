package org.opencounter.orders.check;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/** Board lots, odd-lot sells and the largest order per board ({@link OrderSizeRules}). */
@Component
class QuantityCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "QUANTITY";
    }

    @Override
    public int position() {
        return 400;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        return OrderSizeRules.check(ticket.instrument(), ticket.side(), ticket.type(), ticket.quantity(),
                ticket.sellableShares());
    }
}
