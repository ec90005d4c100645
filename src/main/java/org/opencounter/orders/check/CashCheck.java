package org.opencounter.orders.check;

import java.math.BigDecimal;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/**
 * A buy paid with the client's cash (not a financing buy) needs available cash for its value plus estimated fees, which
 * it freezes.
 */
@Component
class CashCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "CASH";
    }

    @Override
    public int position() {
        return 600;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        BigDecimal required = ticket.cashToFreeze();
        if (!ticket.paysFromCash() || required == null) {
            return CheckVerdict.pass();
        }
        BigDecimal available = ticket.cash().available();
        if (required.compareTo(available) > 0) {
            return CheckVerdict.reject("orders.check.cash.insufficient", required, available);
        }
        return CheckVerdict.pass();
    }
}
