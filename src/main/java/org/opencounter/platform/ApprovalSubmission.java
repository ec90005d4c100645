package org.opencounter.platform;

/**
 * A maker's request for a checker's approval.
 *
 * @param subject a short human-readable summary shown in the inbox
 */
public record ApprovalSubmission(String type, String subject, Object payload, String reason) {
}
