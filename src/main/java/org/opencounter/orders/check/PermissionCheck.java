package org.opencounter.orders.check;

import org.opencounter.clients.TradingPermission;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.opencounter.orders.Side;
import org.springframework.stereotype.Component;

/** Buying on ChiNext, the STAR market or the BSE needs the client's permission for that board; selling a holding does not. */
@Component
class PermissionCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "PERMISSION";
    }

    @Override
    public int position() {
        return 150;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        TradingPermission needed = switch (ticket.instrument().board()) {
            case CHINEXT -> TradingPermission.CHINEXT;
            case STAR -> TradingPermission.STAR;
            case BSE -> TradingPermission.BSE;
            case MAIN -> null;
        };
        if (needed == null || ticket.side() == Side.SELL || ticket.account().permissions().contains(needed)) {
            return CheckVerdict.pass();
        }
        return CheckVerdict.reject("orders.check.permission." + needed.name());
    }
}
