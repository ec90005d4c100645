package org.opencounter.compliance.conduct;

/**
 * Whose identity number it is: a staff member's own, or a relative's they declared.
 *
 * @param relation null for the staff member's own number
 */
public record StaffLink(long staffId, String staffName, Relation relation) {

    public boolean own() {
        return relation == null;
    }
}
