package org.opencounter.wealth.campaign;

import java.math.BigDecimal;

/** A client drawn into a campaign, what staff made of them, and what they bought of its products in its period. */
public record Lead(long clientId, String clientName, LeadStatus status, BigDecimal bought) {

    public boolean converted() {
        return bought.signum() > 0;
    }
}
