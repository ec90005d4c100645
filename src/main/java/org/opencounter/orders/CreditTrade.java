package org.opencounter.orders;

/**
 * What an order on a client's credit account (信用账户) does. Collateral buys and sells trade the client's own money
 * and shares; a financing buy (融资买入) borrows the money from the firm within the credit line; a sell to repay
 * (卖券还款) pays the proceeds into the financing debts, interest first.
 */
public enum CreditTrade {
    COLLATERAL_BUY(Side.BUY),
    COLLATERAL_SELL(Side.SELL),
    FINANCING_BUY(Side.BUY),
    SELL_TO_REPAY(Side.SELL),
    SHORT_SELL(Side.SELL),
    BUY_TO_RETURN(Side.BUY);

    private final Side side;

    CreditTrade(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    /** Whether the order buys with the credit line rather than the client's cash. */
    public boolean financed() {
        return this == FINANCING_BUY;
    }

    /** Whether the order sells borrowed shares rather than the client's own. */
    public boolean shortSale() {
        return this == SHORT_SELL;
    }
}
