package org.opencounter.wealth.needs;

/** What a client invests for. */
public enum GoalKind {
    RETIREMENT, EDUCATION, HOME, WEALTH_GROWTH, LIQUIDITY_RESERVE
}
