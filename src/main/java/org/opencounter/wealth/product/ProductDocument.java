package org.opencounter.wealth.product;

import java.time.Instant;

import org.opencounter.platform.StoredFile;

/** A document of a product as its page lists it: what it is, its file, and who put it there or withdrew it. */
public record ProductDocument(long id, long productId, ProductDocumentKind kind, String title, StoredFile file,
                              boolean current, String uploadedBy, Instant uploadedAt, String withdrawnBy,
                              Instant withdrawnAt) {
}
