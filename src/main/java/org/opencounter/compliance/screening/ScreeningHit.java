package org.opencounter.compliance.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.opencounter.compliance.screening.ScreeningSubject.SubjectRole;

/**
 * A client's name or identity matching a watch-list entry, for an officer to confirm (the account is frozen) or
 * dismiss as a false positive.
 *
 * @param reasons why it is a hit: NAME, ID_NUMBER, BIRTH
 * @param trigger ONBOARDING (a new client) or LIST_CHANGE (a list's new version)
 */
public record ScreeningHit(long id, long clientId, String clientName, long branchId, SubjectRole role,
                           String subjectName, WatchListKind kind, int listVersion, ListedEntry entry,
                           BigDecimal score, String matchedName, List<String> reasons, String trigger, String status,
                           Instant raisedAt, String decidedBy, Instant decidedAt, String decisionNote) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
