package org.opencounter.orders.check;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/** The price on the tick grid and inside the day's band ({@link OrderPriceRules}). */
@Component
class PriceCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "PRICE";
    }

    @Override
    public int position() {
        return 500;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        return OrderPriceRules.check(ticket.instrument(), ticket.type(), ticket.price(), ticket.band());
    }
}
