package org.opencounter.platform;

/** The facts of a decided approval request, as handed to its {@link ApprovalHandler}. */
public record ApprovalDecision(long requestId, String requestedBy, String decidedBy, String note) {
}
