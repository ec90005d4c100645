package org.opencounter.platform;

/**
 * A maker's request for a checker's approval.
 *
 * @param subject  a short human-readable summary shown in the inbox
 * @param branchId the branch the request concerns, whose checkers (or head office's) may decide it; null for
 *                 firm-wide requests
 * @param link     the page where the checker reviews the matter, or null
 */
public record ApprovalSubmission(String type, String subject, Object payload, String reason, Long branchId,
                                 String link) {

    /** A firm-wide request that any holder of the approving role may decide. */
    public ApprovalSubmission(String type, String subject, Object payload, String reason) {
        this(type, subject, payload, reason, null, null);
    }
}
