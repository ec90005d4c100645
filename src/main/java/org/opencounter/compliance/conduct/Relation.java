package org.opencounter.compliance.conduct;

/** How a declared relative is related to the staff member. */
public enum Relation {
    SPOUSE, PARENT, CHILD, SIBLING, OTHER
}
