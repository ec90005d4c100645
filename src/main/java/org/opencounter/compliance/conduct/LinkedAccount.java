package org.opencounter.compliance.conduct;

/**
 * A client whose identity number is a staff member's or a declared relative's.
 *
 * @param relation null when it is the staff member's own number: a securities account staff may not hold
 * @param servedByStaff the staff member is the client's account manager: acting on a relative's account
 */
public record LinkedAccount(long clientId, String clientName, String branchCode, long staffId, String staffName,
                            Relation relation, boolean servedByStaff) {

    /** The staff member's own account, or a relative's they serve themselves: both breach the conduct rules. */
    public boolean breach() {
        return relation == null || servedByStaff;
    }
}
