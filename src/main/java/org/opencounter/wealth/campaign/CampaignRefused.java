package org.opencounter.wealth.campaign;

import org.opencounter.platform.Refusal;

/** A campaign or lead change that cannot be made; the message key says why. */
public class CampaignRefused extends Refusal {

    public CampaignRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
