package org.opencounter.margin.credit;

import java.util.List;
import java.util.Optional;

import org.opencounter.clients.ClientProfile;
import org.opencounter.clients.InvestorStanding;
import org.opencounter.wealth.RiskCategory;

/**
 * A client's standing for margin credit today, as the credit officer sees it before the investigation: the figures,
 * each eligibility check, and any live contract or pending application.
 */
public record CreditStanding(ClientProfile client, InvestorStanding standing, RiskCategory category,
                             long internalDefaults, List<EligibilityCheck> checks, Optional<MarginContract> contract,
                             Optional<CreditApplication> pending) {

    public boolean eligible() {
        return CreditEligibility.eligible(checks);
    }
}
