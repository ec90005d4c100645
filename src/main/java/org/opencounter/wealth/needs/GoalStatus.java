package org.opencounter.wealth.needs;

/** A goal is pursued until it is reached or the client gives it up. */
public enum GoalStatus {
    ACTIVE, ACHIEVED, DROPPED
}
