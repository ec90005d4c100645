package org.opencounter.clients.followup;

import org.opencounter.platform.Refusal;

/** A follow-up change the rules refuse. */
public class FollowUpRuleViolation extends Refusal {

    public FollowUpRuleViolation(String messageKey) {
        super(messageKey);
    }
}
