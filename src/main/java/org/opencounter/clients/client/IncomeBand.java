package org.opencounter.clients.client;

/** Declared annual income (年收入) in CNY. */
public enum IncomeBand {
    UNDER_100K, FROM_100K_TO_300K, FROM_300K_TO_500K, FROM_500K_TO_1M, OVER_1M
}
