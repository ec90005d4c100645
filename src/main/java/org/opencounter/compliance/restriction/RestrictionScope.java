package org.opencounter.compliance.restriction;

/** Whose trading a restricted entry refuses: staff and their declared relatives, or every client. */
public enum RestrictionScope {
    STAFF, ALL_CLIENTS
}
