package org.opencounter.compliance.restriction;

/** The restricted list (限制名单), whose securities may not be traded, and the watch list (观察名单), reviewed after. */
public enum RestrictionList {
    RESTRICTED, WATCH
}
