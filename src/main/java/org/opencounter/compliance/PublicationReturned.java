package org.opencounter.compliance;

/** Material from another module was returned to its author with the reviewer's comments. */
public record PublicationReturned(long reviewId, String reference, String source, String comment) {
}
