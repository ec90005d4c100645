package org.opencounter.orders.order;

import java.math.BigDecimal;
import java.time.Instant;

import org.opencounter.clients.CashMovement;
import org.opencounter.clients.TradeCash;
import org.opencounter.orders.OrderStatus;
import org.opencounter.orders.position.PositionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives back what an order froze when it ends, or what a filled buy did not use: to the ordinary account, or to the
 * credit account for a credit order. The caller holds the account lock.
 */
@Service
public class OrderRelease {

    private final TradeCash cash;
    private final PositionRepository positions;
    private final CreditBooking credit;

    OrderRelease(TradeCash cash, PositionRepository positions, CreditBooking credit) {
        this.cash = cash;
        this.positions = positions;
        this.credit = credit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void end(Order order, OrderStatus status, String reasonKey, String actor, Instant now) {
        Order.Released released = order.end(status, reasonKey, now);
        if (order.isCredit()) {
            credit.release(order, released.cash(), released.shares(), actor);
            return;
        }
        releaseCash(order, released.cash(), actor);
        if (released.shares() > 0) {
            positions.lock(order.getClientId(), order.getCode())
                    .ifPresent(position -> position.unfreeze(released.shares(), now));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseRemainder(Order order, String actor, Instant now) {
        BigDecimal unused = order.takeUnusedCash(now);
        if (order.isCredit()) {
            credit.release(order, unused, 0, actor);
        } else {
            releaseCash(order, unused, actor);
        }
    }

    private void releaseCash(Order order, BigDecimal amount, String actor) {
        if (amount.signum() > 0) {
            cash.release(new CashMovement(order.getFundAccountId(), amount, order.getTradeDate(),
                    "order:" + order.getId() + ":release", JournalMemo.release(order), actor));
        }
    }
}
