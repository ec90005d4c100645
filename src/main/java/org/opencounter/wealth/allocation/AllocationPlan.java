package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.time.Instant;

import org.opencounter.wealth.RiskCategory;
import org.opencounter.wealth.needs.LifeCycleStage;

/** A client's allocation plan: target weights with the expected return and volatility the assumptions give them. */
public record AllocationPlan(long id, long clientId, RiskCategory category, LifeCycleStage stage, Weights target,
                             BigDecimal expectedReturn, BigDecimal volatility, String note, boolean active,
                             String createdBy, Instant createdAt) {
}
