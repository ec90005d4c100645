package org.opencounter.platform;

/**
 * Thrown by an {@link ApprovalHandler} when the approved request can no longer be carried out (the money is gone, the
 * record changed). The decision is not recorded and the checker sees the translated reason.
 */
public class ApprovalBlocked extends Refusal {

    public ApprovalBlocked(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
