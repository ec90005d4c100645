package org.opencounter.platform;

/** Published when a maker-checker request is approved, rejected or expires. */
public record ApprovalDecided(long requestId, String type, String status, String decidedBy) {
}
