package org.opencounter.orders.check;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/** The exchange accepts this order type for the security's board. */
@Component
class OrderTypeCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "ORDER_TYPE";
    }

    @Override
    public int position() {
        return 250;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        if (ticket.type().acceptedOn(ticket.instrument().exchange(), ticket.instrument().board())) {
            return CheckVerdict.pass();
        }
        return CheckVerdict.reject("orders.check.orderType.notAccepted." + ticket.type().name());
    }
}
