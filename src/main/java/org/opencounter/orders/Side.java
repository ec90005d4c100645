package org.opencounter.orders;

/** Buy (买入) or sell (卖出). */
public enum Side {
    BUY, SELL
}
