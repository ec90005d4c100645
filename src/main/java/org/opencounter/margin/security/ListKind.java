package org.opencounter.margin.security;

/** Which margin list a page shows: every listed security, the financing targets, or the lending targets. */
public enum ListKind {
    ALL, FINANCING, LENDING
}
