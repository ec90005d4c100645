package org.opencounter.platform.approval;

/** A decision that the rules do not allow: own request, wrong role, already decided, expired. */
public class ApprovalRefused extends RuntimeException {

    private final String messageKey;

    ApprovalRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
