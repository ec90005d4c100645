package org.opencounter.compliance;

/**
 * Material another module wants to put before the public, sent for disclosure review.
 *
 * @param source what the material is in its own module ({@code wealth.education:12}); the review's outcome names it
 * @param requestKey the same key sent twice submits once
 */
public record Publication(Material material, String title, String body, String source, String requestKey) {
}
