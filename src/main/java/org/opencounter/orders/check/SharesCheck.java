package org.opencounter.orders.check;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.opencounter.orders.Side;
import org.springframework.stereotype.Component;

/**
 * A sell needs sellable shares: held, not frozen by other sells, and not bought today (T+1). A short sell sells
 * borrowed shares, which margin's check counts against the lending pool.
 */
@Component
class SharesCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "SHARES";
    }

    @Override
    public int position() {
        return 700;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        boolean borrowed = ticket.creditTrade() != null && ticket.creditTrade().shortSale();
        if (ticket.side() != Side.SELL || borrowed || ticket.quantity() <= ticket.sellableShares()) {
            return CheckVerdict.pass();
        }
        return CheckVerdict.reject("orders.check.shares.insufficient", ticket.quantity(), ticket.sellableShares(),
                ticket.heldShares());
    }
}
