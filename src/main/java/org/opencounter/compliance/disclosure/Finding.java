package org.opencounter.compliance.disclosure;

/**
 * What the automatic check found: a forbidden phrase with the words around it, or a required disclosure missing.
 *
 * @param excerpt null for a missing disclosure
 */
public record Finding(Kind kind, String phrase, String excerpt) {

    /** A forbidden phrase used, or a required one missing. */
    public enum Kind {
        FORBIDDEN, MISSING
    }
}
