package org.opencounter.market;

/** The three mainland exchanges. */
public enum Exchange {
    SSE, SZSE, BSE
}
