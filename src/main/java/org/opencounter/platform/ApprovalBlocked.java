package org.opencounter.platform;

/**
 * Thrown by an {@link ApprovalHandler} when the approved request can no longer be carried out (the money is gone, the
 * record changed). The decision is not recorded and the checker sees the translated reason.
 */
public class ApprovalBlocked extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ApprovalBlocked(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
