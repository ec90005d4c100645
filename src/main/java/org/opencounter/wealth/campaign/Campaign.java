package org.opencounter.wealth.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.opencounter.wealth.RiskCategory;

/**
 * A sales campaign and the segment it aims at.
 *
 * @param branchId the branch it runs at, or null for the whole firm
 */
public record Campaign(long id, String name, LocalDate startsOn, LocalDate endsOn, CampaignChannel channel,
                       RiskCategory minCategory, RiskCategory maxCategory, BigDecimal minAssets, Long branchId,
                       List<Long> productIds, String createdBy) {
}
