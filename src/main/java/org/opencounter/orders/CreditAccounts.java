package org.opencounter.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The credit accounts (信用账户) of margin clients, kept by the margin module. Orders asks it what a credit order may
 * use and books into it what the order freezes, fills and gives back. Every call runs inside the order's transaction,
 * under the client's trading lock, so the credit books change in step with the order. The end of day asks it for the
 * credit trades' net with the clearing house and settles that net in its own transaction.
 */
public interface CreditAccounts {

    /** The client's live credit account as an order in this security sees it; empty when the client has none. */
    Optional<CreditStanding> standing(long clientId, String code);

    void freeze(CreditMovement movement);

    void release(CreditMovement movement);

    /**
     * Books a fill: the shares into or out of the credit position, the cash paid or received, a financing buy's debt,
     * a sell to repay's repayment. Answers the cost the sold shares carried, or null for a buy.
     */
    BigDecimal fill(CreditFill fill);

    /**
     * What the firm owes the clearing house for the trade date's credit trades (negative: what it is owed), as the
     * credit books hold it: the value and the fees passed on, the firm's commission left out.
     */
    BigDecimal clearingPayable(LocalDate tradeDate);

    /** Settles the trade date's credit net in the caller's transaction; a date settled before answers what it paid. */
    BigDecimal settleClearing(LocalDate tradeDate, String actor);
}
