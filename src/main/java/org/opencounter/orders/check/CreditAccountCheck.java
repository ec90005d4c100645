package org.opencounter.orders.check;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/** A credit order needs a credit account: a live margin contract. */
@Component
class CreditAccountCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "CREDIT_ACCOUNT";
    }

    @Override
    public int position() {
        return 110;
    }

    @Override
    public boolean appliesTo(OrderTicket ticket) {
        return ticket.onCredit();
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        if (ticket.credit() == null) {
            return CheckVerdict.reject("orders.check.credit.noAccount");
        }
        return CheckVerdict.pass();
    }
}
