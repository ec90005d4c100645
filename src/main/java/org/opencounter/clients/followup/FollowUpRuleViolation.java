package org.opencounter.clients.followup;

/** A follow-up change the rules refuse; carries the message key. */
public class FollowUpRuleViolation extends RuntimeException {

    private final String messageKey;

    public FollowUpRuleViolation(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
