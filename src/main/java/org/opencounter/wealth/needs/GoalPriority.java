package org.opencounter.wealth.needs;

/** How much a goal matters to the client against the others. */
public enum GoalPriority {
    HIGH, MEDIUM, LOW
}
