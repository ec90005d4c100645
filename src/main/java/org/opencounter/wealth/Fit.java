package org.opencounter.wealth;

/**
 * How a product fits a client: a match; a mismatch that may go ahead only after an enhanced risk warning the client
 * confirms; or forbidden, which the system refuses.
 */
public enum Fit {
    MATCH, WARNING, FORBIDDEN
}
