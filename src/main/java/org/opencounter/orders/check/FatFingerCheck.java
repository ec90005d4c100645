package org.opencounter.orders.check;

import java.math.BigDecimal;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.OrdersProperties;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/** An order worth more than the client type's limit goes to the exchange only after a supervisor approves it. */
@Component
class FatFingerCheck implements PreTradeCheck {

    private final OrdersProperties properties;

    FatFingerCheck(OrdersProperties properties) {
        this.properties = properties;
    }

    @Override
    public String code() {
        return "FAT_FINGER";
    }

    @Override
    public int position() {
        return 900;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        BigDecimal limit = ticket.account().institution() ? properties.fatFinger().institution()
                : properties.fatFinger().individual();
        if (ticket.value() == null || ticket.value().compareTo(limit) <= 0) {
            return CheckVerdict.pass();
        }
        return CheckVerdict.needsApproval("orders.check.fatFinger", ticket.value(), limit);
    }
}
