package org.opencounter.clients;

/** A board a client must be separately permitted to trade (权限开通): ChiNext, STAR market, Beijing Stock Exchange. */
public enum TradingPermission {
    CHINEXT, STAR, BSE
}
