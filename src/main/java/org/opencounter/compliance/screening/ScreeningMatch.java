package org.opencounter.compliance.screening;

import java.util.Set;

/**
 * Why a subject matches a list entry: the name's similarity with the entry's closest name or alias, and the reasons
 * that make it a hit.
 */
public record ScreeningMatch(ScreeningSubject subject, ListedEntry entry, double score, String matchedName,
                             Set<Reason> reasons) {

    /** The name scored at least the threshold; the identity number is the listed one; the birth agrees. */
    public enum Reason {
        NAME, ID_NUMBER, BIRTH
    }
}
