package org.opencounter.orders.order;

import java.math.BigDecimal;

import org.opencounter.orders.CreditAccounts;
import org.opencounter.orders.CreditFill;
import org.opencounter.orders.CreditMovement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Books a credit order in the client's credit account rather than in the ordinary ledger and positions: what it
 * freezes, fills and gives back, each with the same references and memos an ordinary order's movements carry.
 */
@Component
public class CreditBooking {

    private final ObjectProvider<CreditAccounts> accounts;

    CreditBooking(ObjectProvider<CreditAccounts> accounts) {
        this.accounts = accounts;
    }

    /**
     * Freezes what the accepted order holds: cash for a collateral buy, line for a financing buy, shares for a sell.
     */
    public void freeze(Order order, String actor) {
        accounts.getObject().freeze(new CreditMovement(order.getId(), order.getClientId(), order.getCreditTrade(),
                order.getCode(), order.getFrozenCash(), order.getFrozenShares(), order.getTradeDate(),
                "order:" + order.getId() + ":freeze", JournalMemo.freeze(order), actor));
    }

    public void release(Order order, BigDecimal cash, long shares, String actor) {
        if (cash.signum() <= 0 && shares <= 0) {
            return;
        }
        accounts.getObject().release(new CreditMovement(order.getId(), order.getClientId(), order.getCreditTrade(),
                order.getCode(), cash, shares, order.getTradeDate(), "order:" + order.getId() + ":release",
                JournalMemo.release(order), actor));
    }

    /**
     * Books one fill before the order itself records it, so the order's frozen cash is still what it held.
     * Answers the cost of the sold shares, or null for a buy.
     */
    public BigDecimal fill(Order order, String execId, long quantity, BigDecimal price, BigDecimal value,
                           BigDecimal fees, BigDecimal commission, boolean tPlusZero, String actor) {
        return accounts.getObject().fill(new CreditFill(order.getId(), order.getClientId(), order.getCreditTrade(),
                order.getCode(), quantity, value, fees, commission, order.getFrozenCash(), order.getTradeDate(),
                tPlusZero, "exec:" + execId, JournalMemo.trade(order, quantity, price), actor));
    }
}
