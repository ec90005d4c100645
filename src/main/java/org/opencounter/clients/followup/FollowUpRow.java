package org.opencounter.clients.followup;

/** A follow-up with its client's name and owner, as lists show it. */
public record FollowUpRow(FollowUp followUp, String clientName, String ownerName, boolean overdue) {
}
