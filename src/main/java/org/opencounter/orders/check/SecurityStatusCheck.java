package org.opencounter.orders.check;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/** The security is listed by the trade date, not suspended, and has a price to trade around. */
@Component
class SecurityStatusCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "SECURITY";
    }

    @Override
    public int position() {
        return 200;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        if (ticket.instrument().suspended()) {
            return CheckVerdict.reject("orders.check.security.suspended", ticket.instrument().code());
        }
        if (ticket.quote() == null) {
            return CheckVerdict.reject("orders.check.security.noPrice", ticket.instrument().code());
        }
        if (ticket.instrument().listingDate().isAfter(ticket.tradeDate())) {
            return CheckVerdict.reject("orders.check.security.notListed", ticket.instrument().code(),
                    ticket.instrument().listingDate());
        }
        return CheckVerdict.pass();
    }
}
