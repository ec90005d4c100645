package org.opencounter.wealth.allocation;

import java.math.BigDecimal;
import java.time.Instant;

/** A review of a client's holdings against their plan, with the largest drift and the adviser's conclusion. */
public record AllocationReview(long id, long planId, Weights held, BigDecimal totalValue, BigDecimal maxDrift,
                               boolean reviewNeeded, String conclusion, String reviewedBy, Instant reviewedAt) {
}
