package org.opencounter.wealth.complaint;

/** How the client rated the handling in the callback after closing. */
public enum Satisfaction {
    VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED
}
