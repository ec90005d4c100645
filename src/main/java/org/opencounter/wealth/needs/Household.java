package org.opencounter.wealth.needs;

/**
 * A client's recorded finances and family, with the life-cycle stage an adviser set instead of the derived one.
 *
 * @param stageOverride the stage set by hand, or null to use the derived one
 */
public record Household(long clientId, FinancialSituation finances, MaritalStatus marital, int dependentChildren,
                        boolean retired, LifeCycleStage stageOverride, String overrideReason, long version,
                        String updatedBy, java.time.Instant updatedAt) {
}
