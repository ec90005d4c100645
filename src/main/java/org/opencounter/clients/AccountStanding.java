package org.opencounter.clients;

/** Where a client's fund account stands for trading: dormant accounts wake on use, frozen and closed ones may not trade. */
public enum AccountStanding {
    ACTIVE, DORMANT, FROZEN, CLOSED
}
