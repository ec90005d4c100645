package org.opencounter.compliance;

/** The review material was submitted to, and its reference (PUB-2026-00012) to quote to the author. */
public record PublicationReceipt(long reviewId, String reference) {
}
