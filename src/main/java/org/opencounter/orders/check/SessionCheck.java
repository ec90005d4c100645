package org.opencounter.orders.check;

import org.opencounter.market.MarketPhase;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/**
 * The exchange takes orders now: in the call auctions and continuous trading, market orders only in continuous
 * trading. Fixed-price after-hours trading (STAR, ChiNext 15:05–15:30) is not offered by this counter.
 */
@Component
class SessionCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "SESSION";
    }

    @Override
    public int position() {
        return 300;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        MarketPhase phase = ticket.phase();
        if (phase == MarketPhase.AFTER_HOURS_FIXED_PRICE) {
            return CheckVerdict.reject("orders.check.session.afterHours");
        }
        if (!phase.acceptsOrders()) {
            return CheckVerdict.reject("orders.check.session.closed." + phase.name());
        }
        if (ticket.type().market() && phase != MarketPhase.CONTINUOUS) {
            return CheckVerdict.reject("orders.check.session.marketOnlyContinuous");
        }
        return CheckVerdict.pass();
    }
}
